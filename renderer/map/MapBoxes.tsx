import { memo } from 'react';
import type { Collaborator } from '../../app/collab/presence';
import { BOX, type MapBox, type MapEdge } from '../../app/map/mapLayout';
import { boxName, kindName } from '../../app/map/mapTheme';
import { textWidth, wrapText } from '../../app/map/textWidth';
import type { VisibleRow } from '../outline/visibleRows';
import { presenceLabel } from '../presence/PresenceMarkers';
import type { BarLabel } from './barLabels';
import { ASCENT, DESCENT, LABEL_LINE_PX } from './barLabels';
import { type BoxForm, kindShort, SHORT_TEXT_PX } from './boxForm';

const LINE_PX = 13;

/** What marks a box beyond its own fields. */
export interface BoxMarks {
  selectedId: number | undefined;
  dropTarget: number | undefined;
  collapsed: ReadonlySet<number>;
  searchHits: ReadonlySet<number>;
  findingCounts: ReadonlyMap<number, number>;
  /** The collaborators on each node. */
  present: ReadonlyMap<number, readonly Collaborator[]>;
}

interface Props extends BoxMarks {
  boxes: MapBox<VisibleRow>[];
  edges: MapEdge[];
  scale: number;
  form: BoxForm;
  /** The labels of bars that have room for one (placed by placeBarLabels). */
  labels: readonly BarLabel[];
}

/** The map's drawn part: edges, then boxes, then the labels beside bars, at the view's scale (the caller pans them). */
export const MapBoxes = memo(function MapBoxes({ boxes, edges, scale, form, labels, ...marks }: Props) {
  return (
    <>
      <g>
        {edges.map((edge) => (
          <polyline
            key={edge.id}
            className={edge.attack ? 'map-edge attack' : 'map-edge'}
            markerEnd={edge.attack ? 'url(#map-arrow-attack)' : 'url(#map-arrow-support)'}
            points={edge.points.map((point) => `${point.x * scale},${point.y * scale}`).join(' ')}
          />
        ))}
      </g>
      {boxes.map((box) => (
        <MapBoxItem key={box.node.id} box={box} scale={scale} form={form} marks={marks} />
      ))}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a group of text, not focusable; the boxes' names say the same */}
      <g className="map-bar-labels" aria-hidden="true">
        {labels.map((label) => (
          <g key={label.id}>
            {/* A plate under the label, so that what it runs over does not show through its letters. */}
            <rect
              className="map-bar-label-plate"
              x={label.x - 3}
              y={label.y - ASCENT - 1}
              width={label.width + 6}
              height={(label.lines.length - 1) * LABEL_LINE_PX + ASCENT + DESCENT + 2}
              rx={3}
            />
            <text className="map-bar-label" data-label-for={label.id} x={label.x} y={label.y} fontSize={SHORT_TEXT_PX}>
              {label.lines.map((line, index) => (
                <tspan key={index} x={label.x} y={label.y + index * LABEL_LINE_PX}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
    </>
  );
});

function MapBoxItem({
  box,
  scale,
  form,
  marks,
}: {
  box: MapBox<VisibleRow>;
  scale: number;
  form: BoxForm;
  marks: BoxMarks;
}) {
  const { node } = box;
  const width = box.width * scale;
  const height = box.height * scale;
  const hasChildren = node.childCount > 0;
  const collapsed = hasChildren && marks.collapsed.has(node.id);
  const findings = marks.findingCounts.get(node.id) ?? 0;
  const classes = [
    'map-box',
    `kind-${node.kind}`,
    `status-${node.status ?? 'none'}`,
    `form-${form}`,
    node.id === marks.selectedId ? 'selected' : '',
    node.id === marks.dropTarget ? 'drop-target' : '',
    marks.searchHits.has(node.id) ? 'search-hit' : '',
  ].join(' ');
  const present = marks.present.get(node.id);
  const name = `${boxName(node)}${findings > 0 ? `, ${findings} gap finding${findings === 1 ? '' : 's'}` : ''}${presenceLabel(present)}`;
  return (
    <g
      id={`map-node-${node.id}`}
      role="treeitem"
      aria-label={name}
      aria-level={box.level + 1}
      aria-selected={node.id === marks.selectedId}
      aria-expanded={hasChildren ? !collapsed : undefined}
      data-node={node.id}
      data-form={form}
      className={classes}
      transform={`translate(${box.x * scale} ${box.y * scale})`}
    >
      {marks.searchHits.has(node.id) && (
        <rect className="map-hit-ring" x={-4} y={-4} width={width + 8} height={height + 8} rx={8} />
      )}
      <rect className="map-frame" width={width} height={height} rx={Math.min(6, 6 * scale + 1)} />
      {node.status && form !== 'bar' && (
        <rect className="map-status-bar" x={1} y={1} width={Math.max(3, 5 * scale)} height={height - 2} rx={2} />
      )}
      <rect className="map-focus-ring" x={-3} y={-3} width={width + 6} height={height + 6} rx={8} />
      {form === 'full' && <FullText box={box} scale={scale} />}
      {form === 'short' && (
        // The toggle on the bottom edge keeps its half of the box clear of the text.
        <ShortText title={node.title} kind={node.kind} width={width} height={hasChildren ? height - 7 : height} />
      )}
      {findings > 0 && form !== 'bar' && (
        <g className="map-finding" transform={`translate(${width - 9} 9)`}>
          <circle r={7} />
          <text y={3.5} textAnchor="middle" fontSize={10}>
            {findings > 9 ? '9+' : findings}
          </text>
        </g>
      )}
      {findings > 0 && form === 'bar' && <circle className="map-finding-dot" cx={width} cy={0} r={3} />}
      {present && <BoxPresence present={present} width={width} />}
      {hasChildren && form !== 'bar' && (
        <g className="map-toggle" data-toggle={node.id} transform={`translate(${width / 2} ${height})`}>
          <rect x={collapsed ? -16 : -8} y={-7} width={collapsed ? 32 : 16} height={14} rx={7} />
          <text y={4} textAnchor="middle" fontSize={10}>
            {collapsed ? `+${node.childCount}` : '−'}
          </text>
        </g>
      )}
    </g>
  );
}

/** The people on a box's node: a disc each with their initials on their colour, on its top edge, right of centre. */
function BoxPresence({ present, width }: { present: readonly Collaborator[]; width: number }) {
  return (
    <g className="map-presence">
      {present.slice(0, 3).map((collaborator, index) => (
        <g key={collaborator.clientId} transform={`translate(${width - 30 - index * 15} 0)`}>
          <title>{`${collaborator.name} is here`}</title>
          <circle r={8} fill={collaborator.colour} />
          <text y={3.5} textAnchor="middle" fontSize={9}>
            {collaborator.initials}
          </text>
        </g>
      ))}
    </g>
  );
}

function FullText({ box, scale }: { box: MapBox<VisibleRow>; scale: number }) {
  const { node } = box;
  return (
    <>
      <text className="map-kind" x={BOX.padding * scale} y={BOX.kindBaseline * scale} fontSize={BOX.kindSize * scale}>
        {kindName(node.kind).toUpperCase()}
        {node.status ? ` · ${node.status}` : ''}
      </text>
      {box.lines.map((line, index) => (
        <text
          key={index}
          className="map-title"
          x={BOX.padding * scale}
          y={(BOX.titleBaseline + index * BOX.lineHeight) * scale}
          fontSize={BOX.titleSize * scale}
        >
          {line}
        </text>
      ))}
    </>
  );
}

/** The short form: the kind, abbreviated, and as many lines of the title at 11 px as the box has room for. */
function ShortText({ title, kind, width, height }: { title: string; kind: string; width: number; height: number }) {
  const lineCount = Math.max(1, Math.floor((height - 6) / LINE_PX));
  const text = title.trim() || '(untitled)';
  const kindWidth = textWidth(`${kindShort(kind)} `, 10);
  // The first line is narrower (the kind comes first); the rest of the title wraps below it.
  let [first = '', second] = wrapText(text, width - 14 - kindWidth, SHORT_TEXT_PX, lineCount > 1 ? 2 : 1);
  // A first word too long for the first line starts on the next one, whole, rather than broken beside the kind.
  const broken = second !== undefined && !first.endsWith('…') && text.charAt(first.length) !== ' ';
  if (broken && lineCount > 1) first = '';
  const rest =
    lineCount > 1 && second !== undefined
      ? wrapText(text.slice(first.length).trim(), width - 14, SHORT_TEXT_PX, lineCount - 1)
      : [];
  const top = (height - (1 + rest.length) * LINE_PX) / 2 + SHORT_TEXT_PX;
  return (
    <text className="map-short" fontSize={SHORT_TEXT_PX}>
      <tspan x={8} y={top}>
        <tspan className="map-kind-short">{kindShort(kind)} </tspan>
        {first}
      </tspan>
      {rest.map((line, index) => (
        <tspan key={index} x={8} y={top + (index + 1) * LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
