import { useEffect, useMemo, useRef, useState } from 'react';
import { layoutMap } from '../../app/map/mapLayout';
import { boxName } from '../../app/map/mapTheme';
import { type CommandContext, commandForEvent, isEnabled } from '../commands/commands';
import { matchesShortcut } from '../commands/shortcut';
import { visibleRows } from '../outline/visibleRows';
import type { CaseState, CaseStore } from '../state/caseStore';
import { placeBarLabels } from './barLabels';
import { boxFormAt } from './boxForm';
import { MapBoxes } from './MapBoxes';
import { MapBreadcrumb } from './MapBreadcrumb';
import { MapExportDialog } from './MapExportDialog';
import { MapLegend } from './MapLegend';
import { MapMinimap, MINIMAP_CORNER } from './MapMinimap';
import { MapToolbar } from './MapToolbar';
import { drawnParts, drawWindow, labelSpans, type Viewport } from './mapGeometry';
import { stepForKey, stepFrom } from './mapTree';
import { RenameBox } from './RenameBox';
import { useMapControls } from './useMapControls';
import { useMapFocus } from './useMapFocus';
import { useMapPointer } from './useMapPointer';
import { useMapViewport } from './useMapViewport';
import './map.css';
import { collaboratorsByNode } from '../presence/PresenceMarkers';

/** The widest the label on hover and focus grows (as map.css says). */
const PEEK_WIDTH = 320;

/**
 * The argument map: the case (or the focused subtree) as boxes and arrows in layers; only the boxes in and near the
 * view are drawn, each showing as much as the scale leaves readable. Select, rename, collapse, add and move from it.
 */
export function MapView({ store, state, context }: { store: CaseStore; state: CaseState; context: CommandContext }) {
  const shown = useMemo(
    () => visibleRows(state.rows, state.collapsed, state.sideFilter),
    [state.rows, state.collapsed, state.sideFilter],
  );
  const { canvas, view, fitTo, centreOn, zoom, panTo, show } = useMapViewport();
  const [fitRequest, setFitRequest] = useState(0);
  const focus = useMapFocus(state.rows, shown, state.selectedId, () => setFitRequest((count) => count + 1));
  const direction = state.info?.mapDirection ?? 'down';
  // The stage's proportions, in tenths, so that a resize lays the map out again only when they change.
  const ratio = view.height > 0 ? Math.round((view.width / view.height) * 10) / 10 : undefined;
  // Laid out once the stage is measured (not once before it and again after).
  const layout = useMemo(
    () => layoutMap(ratio === undefined ? [] : focus.rows, direction, { ratio }),
    [focus.rows, direction, ratio],
  );
  const spans = useMemo(() => labelSpans(layout), [layout]);
  const [renaming, setRenaming] = useState<number | undefined>();
  const [exporting, setExporting] = useState(false);
  const [minimap, setMinimap] = useState(true);
  const [treeFocused, setTreeFocused] = useState(false);
  const opened = useRef(false);

  const bounds = { x: 0, y: 0, width: layout.width, height: layout.height };
  const boxOf = (id: number | undefined) => layout.boxes.find((box) => box.node.id === id);
  /** Fits the map to the stage, clear of the minimap's corner while it is shown. */
  const fitMap = () => fitTo(bounds, layout.boxes, minimap ? MINIMAP_CORNER : undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: on opening, centre the selection (or fit); fit on request and on a new direction
  useEffect(() => {
    if (ratio === undefined || view.width === 0) return;
    const selected = boxOf(store.getState().selectedId);
    if (!opened.current && selected) centreOn(selected);
    else fitMap();
    opened.current = true;
  }, [fitRequest, direction, ratio === undefined || view.width === 0]);

  const form = boxFormAt(view.scale);
  const drawArea = drawWindow(view);
  const areaKey = `${drawArea.left},${drawArea.top},${drawArea.right},${drawArea.bottom}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn when the window moves a step, not on every pan
  const drawn = useMemo(() => drawnParts(layout, drawArea, state.selectedId), [layout, areaKey, state.selectedId]);
  const labels = useMemo(
    () =>
      form === 'bar' ? placeBarLabels(drawn.boxes, view.scale, spans, direction === 'down' ? 24 : 48, layout) : [],
    [drawn.boxes, view.scale, spans, form, direction, layout],
  );
  const findingCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const finding of state.findings) {
      if (finding.nodeId !== null) counts.set(finding.nodeId, (counts.get(finding.nodeId) ?? 0) + 1);
    }
    return counts;
  }, [state.findings]);

  useMapControls(context.map, {
    fit: fitMap,
    focusSelection: () => state.selectedId !== undefined && focus.focusOn(state.selectedId),
    toggleFollow: () => focus.setFollow(!focus.follow),
    toggleMinimap: () => setMinimap((shown) => !shown),
    openExport: () => setExporting(true),
  });
  const present = useMemo(() => collaboratorsByNode(state.collaborators), [state.collaborators]);
  const pointer = useMapPointer({
    store,
    view,
    boxes: drawn.boxes,
    panTo,
    zoom,
    onDoubleClick: (id) => focus.focusOn(id),
  });

  const onKeyDown = (event: React.KeyboardEvent<SVGSVGElement>) => {
    const selected = state.selectedId;
    const step = stepForKey(event.key, direction);
    const command = commandForEvent(event.nativeEvent, 'map', matchesShortcut);
    if (command) {
      event.preventDefault();
      if (isEnabled(command, context)) void command.run(context);
    } else if (step && !event.altKey && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      const next = selected === undefined ? focus.rows[0]?.id : stepFrom(focus.rows, selected, step);
      const box = boxOf(next);
      if (next !== undefined && box) {
        store.select(next);
        show(box);
      }
    } else if (event.key === 'Enter' && selected !== undefined) {
      event.preventDefault();
      setRenaming(selected);
    } else if (event.key === ' ' && selected !== undefined) {
      event.preventDefault();
      store.toggle(selected);
    }
  };

  const selectedDrawn = drawn.boxes.some((box) => box.node.id === state.selectedId);
  const peekId = pointer.hovered ?? (treeFocused ? state.selectedId : undefined);
  const peekBox = form === 'full' ? undefined : drawn.boxes.find((box) => box.node.id === peekId);

  return (
    <section className="map" aria-label="Map">
      <MapToolbar
        context={context}
        direction={direction}
        follow={focus.follow}
        minimap={minimap}
        onZoom={(factor) => zoom(factor)}
      />
      <MapBreadcrumb ancestors={focus.ancestors} focus={focus.focusRow} onFocus={focus.focusOn} />
      <div className="map-stage">
        <svg
          ref={canvas}
          className="map-canvas"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the map is drawn in SVG; to assistive technology it is a tree
          role="tree"
          aria-label="Argument map"
          aria-roledescription="argument map"
          aria-activedescendant={selectedDrawn ? `map-node-${state.selectedId}` : undefined}
          tabIndex={0}
          data-scale={view.scale.toFixed(3)}
          data-form={form}
          data-boxes={layout.boxes.length}
          onKeyDown={onKeyDown}
          onFocus={() => setTreeFocused(true)}
          onBlur={() => setTreeFocused(false)}
          {...pointer.handlers}
        >
          <defs>
            {(['support', 'attack'] as const).map((kind) => (
              <marker
                key={kind}
                id={`map-arrow-${kind}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow-head ${kind}`} />
              </marker>
            ))}
          </defs>
          <g transform={`translate(${view.x} ${view.y})`}>
            <MapBoxes
              boxes={drawn.boxes}
              edges={drawn.edges}
              scale={view.scale}
              form={form}
              selectedId={state.selectedId}
              dropTarget={pointer.dropTarget}
              collapsed={state.collapsed}
              searchHits={state.searchHits}
              findingCounts={findingCounts}
              present={present}
              labels={labels}
            />
          </g>
        </svg>
        {peekBox && (
          <div className="map-peek" role="tooltip" style={peekPlace(peekBox, view)}>
            {boxName(peekBox.node)}
          </div>
        )}
        {minimap && (
          <MapMinimap
            layout={layout}
            view={view}
            searchHits={state.searchHits}
            findingCounts={findingCounts}
            onCentre={(point) => panTo(view.width / 2 - point.x * view.scale, view.height / 2 - point.y * view.scale)}
          />
        )}
      </div>
      <MapLegend />
      {renaming !== undefined && (
        <RenameBox
          title={state.rows.find((row) => row.id === renaming)?.title ?? ''}
          onDone={(title) => {
            const id = renaming;
            setRenaming(undefined);
            canvas.current?.focus();
            if (title !== undefined) void store.run(() => store.api['nodes-update']({ id, title }));
          }}
        />
      )}
      {exporting && (
        <MapExportDialog
          store={store}
          focusId={focus.focusId}
          selectedId={state.selectedId}
          direction={direction}
          onClose={() => setExporting(false)}
        />
      )}
    </section>
  );
}

/** Where a box's label on hover and focus goes: under the box, or over it in the lower half of the stage; inside it. */
function peekPlace(box: { x: number; y: number; width: number; height: number }, view: Viewport) {
  const left = Math.min(Math.max(4, box.x * view.scale + view.x), Math.max(4, view.width - PEEK_WIDTH - 4));
  const top = box.y * view.scale + view.y;
  const bottom = top + box.height * view.scale;
  return bottom < view.height / 2
    ? { left, top: Math.max(4, bottom + 6) }
    : { left, bottom: Math.max(4, view.height - Math.max(top, 0) + 6) };
}
