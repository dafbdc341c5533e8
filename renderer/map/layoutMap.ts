import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { VisibleRow } from '../outline/visibleRows';

export interface MapBox {
  row: VisibleRow;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface MapEdge {
  id: string;
  attack: boolean;
  points: { x: number; y: number }[];
}

export interface MapLayout {
  boxes: MapBox[];
  edges: MapEdge[];
  width: number;
  height: number;
}

const BOX_WIDTH = 220;
const LINE_HEIGHT = 16;
const CHARACTERS_PER_LINE = 30;
const MAX_LINES = 4;

let elk: Promise<InstanceType<typeof ELK>> | undefined;

/** elkjs is most of the renderer's code: it is loaded the first time a map is shown, not at start. */
function layoutEngine(): Promise<InstanceType<typeof ELK>> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(
    ({ default: Engine }) => new Engine(),
    (error: unknown) => {
      elk = undefined;
      throw error;
    },
  );
  return elk;
}

/** Breaks a title into at most four lines of the box's width, with an ellipsis when it is longer. */
export function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > CHARACTERS_PER_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES);
    kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, CHARACTERS_PER_LINE - 1)}…`;
    return kept;
  }
  return lines.length > 0 ? lines : ['(untitled)'];
}

/** Lays the tree out in layers, conclusions above their support, with elkjs. */
export async function layoutMap(rows: readonly VisibleRow[]): Promise<MapLayout> {
  const shown = new Set(rows.map((row) => row.id));
  const wrapped = new Map(rows.map((row) => [row.id, wrapTitle(row.title)]));
  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '24',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // A tree needs little crossing minimisation; the default effort costs a 1,000-node map 40% more time.
      'elk.layered.thoroughness': '1',
    },
    children: rows.map((row) => ({
      id: String(row.id),
      width: BOX_WIDTH,
      height: 30 + wrapped.get(row.id)!.length * LINE_HEIGHT,
    })),
    edges: rows
      .filter((row) => row.parentId !== null && shown.has(row.parentId))
      .map((row) => ({ id: `e${row.id}`, sources: [String(row.id)], targets: [String(row.parentId)] })),
  };
  const graph = await (await layoutEngine()).layout(input);
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  const boxes: MapBox[] = (graph.children ?? []).map((child) => ({
    row: byId.get(child.id)!,
    x: child.x ?? 0,
    y: child.y ?? 0,
    width: child.width ?? BOX_WIDTH,
    height: child.height ?? 40,
    lines: wrapped.get(Number(child.id)) ?? [],
  }));
  const edges: MapEdge[] = (graph.edges ?? []).map((edge) => {
    const section = edge.sections?.[0];
    const child = byId.get(edge.id.slice(1));
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    return { id: edge.id, attack: child?.kind === 'counter' || child?.kind === 'response', points };
  });
  return { boxes, edges, width: graph.width ?? 0, height: graph.height ?? 0 };
}
