import { type DragEvent, useRef, useState } from 'react';
import { kindChange } from '../commands/commands';
import type { CaseState, CaseStore } from '../state/caseStore';
import type { VisibleRow } from './visibleRows';

export type DropPlace = { id: number; where: 'before' | 'inside' | 'after' };

/** Where a drop on a row puts the dragged node: its top quarter before it, its bottom quarter after, else inside. */
function placeFor(event: DragEvent, row: VisibleRow): DropPlace {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  const offset = (event.clientY - box.top) / box.height;
  return { id: row.id, where: offset < 0.25 ? 'before' : offset > 0.75 ? 'after' : 'inside' };
}

/** Moving nodes by dragging rows: the place a drop would take (shown on its row), and the move on drop. */
export function useRowDrag(state: CaseState, store: CaseStore) {
  const [drop, setDrop] = useState<DropPlace | undefined>();
  const dragged = useRef<number | undefined>(undefined);

  const onDrop = (place: DropPlace) => {
    const id = dragged.current;
    dragged.current = undefined;
    setDrop(undefined);
    const moving = state.rows.find((row) => row.id === id);
    const target = state.rows.find((row) => row.id === place.id);
    if (!moving || !target || moving.id === target.id) return;
    const parentId = place.where === 'inside' ? target.id : target.parentId;
    let index =
      place.where === 'inside' ? Number.MAX_SAFE_INTEGER : target.position + (place.where === 'after' ? 1 : 0);
    if (place.where !== 'inside' && moving.parentId === target.parentId && moving.position < target.position)
      index -= 1;
    void store
      .run(() => store.api['nodes-move']({ id: moving.id, parentId, index }))
      .then((moved) => {
        if (moved && moved.kind !== moving.kind) store.say(kindChange(moving.kind, moved.kind));
      });
  };

  /** The drag-and-drop handlers of one row. */
  const handlersFor = (row: VisibleRow) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      dragged.current = row.id;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(row.id));
    },
    onDragOver: (event: DragEvent) => {
      if (dragged.current === undefined) return;
      event.preventDefault();
      setDrop(placeFor(event, row));
    },
    onDragLeave: () => setDrop(undefined),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      onDrop(placeFor(event, row));
    },
  });

  return { drop, handlersFor };
}
