import { useRef, useState } from 'react';
import type { MapBox } from '../../app/map/mapLayout';
import type { VisibleRow } from '../outline/visibleRows';
import type { CaseStore } from '../state/caseStore';
import type { Viewport } from './mapGeometry';

/**
 * The mouse on the map: drag the background to pan, a box onto another to move it there, the wheel to zoom about
 * the pointer, a box's − / + to collapse or expand it, and which box the pointer is over (for its label).
 */
export function useMapPointer({
  store,
  view,
  boxes,
  panTo,
  zoom,
  onDoubleClick,
}: {
  store: CaseStore;
  view: Viewport;
  boxes: readonly MapBox<VisibleRow>[];
  panTo: (x: number, y: number) => void;
  zoom: (factor: number, at: { x: number; y: number }) => void;
  onDoubleClick: (id: number) => void;
}) {
  const dragging = useRef<{ id?: number; startX: number; startY: number; panX: number; panY: number } | undefined>(
    undefined,
  );
  const [dropTarget, setDropTarget] = useState<number | undefined>();
  const [hovered, setHovered] = useState<number | undefined>();

  const boxAt = (event: React.MouseEvent<SVGSVGElement>) => {
    const item = (event.target as Element).closest('[data-node]');
    if (item) {
      const id = Number(item.getAttribute('data-node'));
      const hit = boxes.find((box) => box.node.id === id);
      if (hit) return hit;
    }
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - bounds.left - view.x) / view.scale;
    const y = (event.clientY - bounds.top - view.y) / view.scale;
    return boxes.find((box) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height);
  };

  const handlers = {
    onWheel: (event: React.WheelEvent<SVGSVGElement>) => {
      const bounds = event.currentTarget.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.1 : 1 / 1.1, { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
    },
    onMouseDown: (event: React.MouseEvent<SVGSVGElement>) => {
      const toggle = (event.target as Element).closest('[data-toggle]');
      if (toggle) {
        store.toggle(Number(toggle.getAttribute('data-toggle')));
        return;
      }
      const box = boxAt(event);
      dragging.current = { id: box?.node.id, startX: event.clientX, startY: event.clientY, panX: view.x, panY: view.y };
      if (box) store.select(box.node.id);
    },
    onMouseMove: (event: React.MouseEvent<SVGSVGElement>) => {
      const drag = dragging.current;
      if (!drag) {
        const over = boxAt(event)?.node.id;
        if (over !== hovered) setHovered(over);
        return;
      }
      if (drag.id === undefined)
        panTo(drag.panX + event.clientX - drag.startX, drag.panY + event.clientY - drag.startY);
      else {
        const over = boxAt(event);
        setDropTarget(over && over.node.id !== drag.id ? over.node.id : undefined);
      }
    },
    onMouseLeave: () => setHovered(undefined),
    onMouseUp: () => {
      const drag = dragging.current;
      dragging.current = undefined;
      if (drag?.id !== undefined && dropTarget !== undefined) {
        const id = drag.id;
        void store.run(() => store.api['nodes-move']({ id, parentId: dropTarget, index: Number.MAX_SAFE_INTEGER }));
      }
      setDropTarget(undefined);
    },
    onDoubleClick: (event: React.MouseEvent<SVGSVGElement>) => {
      const box = boxAt(event);
      if (box) onDoubleClick(box.node.id);
    },
  };
  return { handlers, dropTarget, hovered };
}
