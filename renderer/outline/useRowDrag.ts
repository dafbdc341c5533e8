import { type DragEvent, useCallback, useRef, useState } from 'react';
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

/** A row's drag-and-drop handlers. */
export type RowDragHandlers = (row: VisibleRow) => {
  draggable: boolean;
  onDragStart: (event: DragEvent) => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
};

/**
 * Moving nodes by dragging rows: the place a drop would take (shown on its row), and the move on drop. The handlers
 * are made once (they read the rows when they run), so that a row is not drawn again just for new ones.
 */
export function useRowDrag(state: CaseState, store: CaseStore) {
  const [drop, setDrop] = useState<DropPlace | undefined>();
  const dragged = useRef<number | undefined>(undefined);
  const rows = useRef(state.rows);
  rows.current = state.rows;

  const handlersFor: RowDragHandlers = useCallback(
    (row) => {
      const onDrop = (place: DropPlace) => {
        const id = dragged.current;
        dragged.current = undefined;
        setDrop(undefined);
        const moving = rows.current.find((candidate) => candidate.id === id);
        const target = rows.current.find((candidate) => candidate.id === place.id);
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
      return {
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
      };
    },
    [store],
  );

  return { drop, handlersFor };
}
