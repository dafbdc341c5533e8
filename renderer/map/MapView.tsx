import { useEffect, useMemo, useRef, useState } from 'react';
import { layoutMap, type MapLayout } from '../../app/map/mapLayout';
import { kindLabel } from '../outline/kindIcons';
import { visibleRows } from '../outline/visibleRows';
import type { CaseState, CaseStore } from '../state/caseStore';

/** How far the map zooms out: far enough that Fit shows the whole of a wide argument at once. */
const MIN_SCALE = 0.05;

/** The argument map: the same tree as boxes and arrows, laid out in layers; select, rename, add and move from it. */
export function MapView({ store, state }: { store: CaseStore; state: CaseState }) {
  const rows = useMemo(
    () => visibleRows(state.rows, state.collapsed, state.sideFilter),
    [state.rows, state.collapsed, state.sideFilter],
  );
  const [view, setView] = useState({ x: 0, y: 0, scale: 1 });
  const [renaming, setRenaming] = useState<number | undefined>();
  const dragging = useRef<{ id?: number; startX: number; startY: number; panX: number; panY: number } | undefined>(
    undefined,
  );
  const [dropTarget, setDropTarget] = useState<number | undefined>();
  const canvas = useRef<SVGSVGElement>(null);
  const centred = useRef(false);

  const fitToView = (target: MapLayout) => {
    const bounds = canvas.current?.getBoundingClientRect();
    if (!bounds || target.width === 0) return;
    const scale = Math.min(
      1,
      Math.max(MIN_SCALE, Math.min((bounds.width - 48) / target.width, (bounds.height - 48) / target.height)),
    );
    setView({ x: (bounds.width - 48 - target.width * scale) / 2, y: 0, scale });
  };

  const centreOn = (target: MapLayout, id: number | undefined) => {
    const bounds = canvas.current?.getBoundingClientRect();
    const box = target.boxes.find((candidate) => candidate.node.id === id);
    if (!bounds || !box) return fitToView(target);
    setView({
      x: bounds.width / 2 - 24 - (box.x + box.width / 2),
      y: bounds.height / 2 - 24 - (box.y + box.height / 2),
      scale: 1,
    });
  };

  const direction = state.info?.mapDirection ?? 'down';
  const layout = useMemo(() => layoutMap(rows, direction), [rows, direction]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: centre once, on the first layout
  useEffect(() => {
    if (centred.current) return;
    centred.current = true;
    requestAnimationFrame(() => centreOn(layout, store.getState().selectedId));
  }, [layout]);

  const boxAt = (clientX: number, clientY: number, svg: SVGSVGElement) => {
    const bounds = svg.getBoundingClientRect();
    const x = (clientX - bounds.left - view.x) / view.scale;
    const y = (clientY - bounds.top - view.y) / view.scale;
    return layout.boxes.find((box) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height);
  };

  return (
    <section className="map" aria-label="Map">
      <div className="map-controls">
        <button
          type="button"
          aria-label="Zoom in"
          onClick={() => setView({ ...view, scale: Math.min(3, view.scale * 1.25) })}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          onClick={() => setView({ ...view, scale: Math.max(MIN_SCALE, view.scale / 1.25) })}
        >
          −
        </button>
        <button type="button" aria-label="Fit the whole map" onClick={() => fitToView(layout)}>
          Fit
        </button>
        <button
          type="button"
          aria-label="Add child to the selected box"
          disabled={state.selectedId === undefined}
          onClick={() => store.addChild()}
        >
          + Child
        </button>
        <span className="map-hint">
          Drag the background to pan, a box onto another to move it; double-click to rename.
        </span>
      </div>
      <svg
        ref={canvas}
        className="map-canvas"
        role="img"
        aria-label={`Argument map of ${rows.length} nodes`}
        onWheel={(event) => {
          const factor = event.deltaY < 0 ? 1.1 : 1 / 1.1;
          setView((current) => ({ ...current, scale: Math.min(3, Math.max(MIN_SCALE, current.scale * factor)) }));
        }}
        onMouseDown={(event) => {
          const box = boxAt(event.clientX, event.clientY, event.currentTarget);
          dragging.current = {
            id: box?.node.id,
            startX: event.clientX,
            startY: event.clientY,
            panX: view.x,
            panY: view.y,
          };
          if (box) store.select(box.node.id);
        }}
        onMouseMove={(event) => {
          const drag = dragging.current;
          if (!drag) return;
          if (drag.id === undefined)
            setView({
              ...view,
              x: drag.panX + event.clientX - drag.startX,
              y: drag.panY + event.clientY - drag.startY,
            });
          else {
            const over = boxAt(event.clientX, event.clientY, event.currentTarget);
            setDropTarget(over && over.node.id !== drag.id ? over.node.id : undefined);
          }
        }}
        onMouseUp={() => {
          const drag = dragging.current;
          dragging.current = undefined;
          if (drag?.id !== undefined && dropTarget !== undefined) {
            void store.run(() =>
              store.api['nodes-move']({ id: drag.id!, parentId: dropTarget, index: Number.MAX_SAFE_INTEGER }),
            );
          }
          setDropTarget(undefined);
        }}
        onDoubleClick={(event) => {
          const box = boxAt(event.clientX, event.clientY, event.currentTarget);
          if (box) setRenaming(box.node.id);
        }}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
          </marker>
        </defs>
        <g transform={`translate(${view.x + 24} ${view.y + 24}) scale(${view.scale})`}>
          {layout.edges.map((edge) => (
            <polyline
              key={edge.id}
              className={edge.attack ? 'map-edge attack' : 'map-edge'}
              markerEnd="url(#arrow)"
              points={edge.points.map((point) => `${point.x},${point.y}`).join(' ')}
            />
          ))}
          {layout.boxes.map((box) => (
            <g
              key={box.node.id}
              transform={`translate(${box.x} ${box.y})`}
              className={`map-box kind-${box.node.kind} status-${box.node.status ?? 'none'} side-${box.node.effectiveSide}${box.node.id === state.selectedId ? ' selected' : ''}${box.node.id === dropTarget ? ' drop-target' : ''}`}
            >
              <rect width={box.width} height={box.height} rx="6" />
              <text x="10" y="16" className="map-kind">
                {kindLabel(box.node.kind)}
                {box.node.status ? ` · ${box.node.status}` : ''}
              </text>
              {box.lines.map((line, index) => (
                <text key={index} x="10" y={34 + index * 16} className="map-title">
                  {line}
                </text>
              ))}
            </g>
          ))}
        </g>
      </svg>
      {renaming !== undefined && (
        <RenameBox
          title={rows.find((row) => row.id === renaming)?.title ?? ''}
          onDone={(title) => {
            const id = renaming;
            setRenaming(undefined);
            if (title !== undefined) void store.run(() => store.api['nodes-update']({ id, title }));
          }}
        />
      )}
    </section>
  );
}

function RenameBox({ title, onDone }: { title: string; onDone: (title: string | undefined) => void }) {
  const [value, setValue] = useState(title);
  return (
    <div className="overlay">
      <form
        className="dialog"
        aria-label="Rename"
        onSubmit={(event) => {
          event.preventDefault();
          onDone(value);
        }}
      >
        <label>
          <span className="field-label">Title</span>
          <input
            ref={(element) => element?.focus()}
            aria-label="New title"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && onDone(undefined)}
          />
        </label>
        <div className="form-buttons">
          <button type="submit" className="primary">
            Rename
          </button>
          <button type="button" onClick={() => onDone(undefined)}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
