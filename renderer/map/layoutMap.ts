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

/** Space between boxes side by side, between layers, and between the rows of separate arguments. */
const GAP = 24;
const LAYER_GAP = 48;
const ROW_GAP = 96;

interface Subtree {
  /** Where each child's box starts, from the left edge of this node's box. */
  childOffsets: number[];
  /**
   * The left and right edges of the subtree at each depth, from its root's left edge: deepest first, so that a
   * parent adds its own level with a push, and a node with one child takes over its outline as it is.
   */
  left: number[];
  right: number[];
}

/**
 * Lays the tree out in layers, conclusions above their support, each argument as a tidy tree: siblings in outline
 * order, a parent centred over its children, subtrees pushed together as far as their outlines allow. Separate
 * arguments (top-level nodes) are set side by side in rows of about the map's proportions. Linear in the number
 * of boxes times the depth, and without recursion, so a deep or large case lays out at once.
 */
export function layoutMap(rows: readonly VisibleRow[]): MapLayout {
  const shown = new Set(rows.map((row) => row.id));
  const children = new Map<number, VisibleRow[]>();
  const roots: VisibleRow[] = [];
  const depth = new Map<number, number>();
  for (const row of rows) {
    if (row.parentId !== null && shown.has(row.parentId)) {
      const siblings = children.get(row.parentId);
      if (siblings) siblings.push(row);
      else children.set(row.parentId, [row]);
      depth.set(row.id, depth.get(row.parentId)! + 1);
    } else {
      roots.push(row);
      depth.set(row.id, 0);
    }
  }
  const lines = new Map(rows.map((row) => [row.id, wrapTitle(row.title)]));
  const heightOf = (row: VisibleRow) => 30 + lines.get(row.id)!.length * LINE_HEIGHT;
  const layerHeights: number[] = [];
  for (const row of rows) {
    const level = depth.get(row.id)!;
    layerHeights[level] = Math.max(layerHeights[level] ?? 0, heightOf(row));
  }
  const layerTops = [0];
  for (const height of layerHeights) layerTops.push(layerTops.at(-1)! + height + LAYER_GAP);

  const subtrees = new Map<number, Subtree>();
  // Children before parents: the rows come in outline order (parents first), so the reverse will do.
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]!;
    subtrees.set(row.id, placeChildren((children.get(row.id) ?? []).map((child) => subtrees.get(child.id)!)));
  }

  const boxes: MapBox[] = [];
  const edges: MapEdge[] = [];
  const treeHeight = (root: VisibleRow) => {
    const deepest = subtrees.get(root.id)!.left.length - 1;
    return layerTops[deepest]! + layerHeights[deepest]!;
  };
  const components = roots.map((root) => ({ root, subtree: subtrees.get(root.id)! }));
  const area = components.reduce((total, { root, subtree }) => total + extentOf(subtree) * treeHeight(root), 0);
  const rowWidth = components.reduce(
    (widest, { subtree }) => Math.max(widest, extentOf(subtree)),
    Math.sqrt(area * 1.6),
  );
  let x = 0;
  let top = 0;
  let rowHeight = 0;
  let width = 0;
  for (const { root, subtree } of components) {
    const extent = extentOf(subtree);
    if (x > 0 && x + extent > rowWidth) {
      x = 0;
      top += rowHeight + ROW_GAP;
      rowHeight = 0;
    }
    const rootLeft = x - leftmost(subtree);
    // Each box is placed from its parent's place, parents first.
    const stack: { row: VisibleRow; left: number; level: number }[] = [{ row: root, left: rootLeft, level: 0 }];
    while (stack.length > 0) {
      const { row, left, level } = stack.pop()!;
      const y = top + layerTops[level]!;
      const height = heightOf(row);
      boxes.push({ row, x: left, y, width: BOX_WIDTH, height, lines: lines.get(row.id)! });
      const kids = children.get(row.id) ?? [];
      const offsets = subtrees.get(row.id)!.childOffsets;
      kids.forEach((child, order) => {
        const childLeft = left + offsets[order]!;
        const childTop = top + layerTops[level + 1]!;
        const middle = y + height + (childTop - y - height) / 2;
        edges.push({
          id: `e${child.id}`,
          attack: child.kind === 'counter' || child.kind === 'response',
          points: [
            { x: childLeft + BOX_WIDTH / 2, y: childTop },
            { x: childLeft + BOX_WIDTH / 2, y: middle },
            { x: left + BOX_WIDTH / 2, y: middle },
            { x: left + BOX_WIDTH / 2, y: y + height },
          ],
        });
      });
      for (let order = kids.length - 1; order >= 0; order--) {
        stack.push({ row: kids[order]!, left: left + offsets[order]!, level: level + 1 });
      }
    }
    x += extent + ROW_GAP;
    width = Math.max(width, x - ROW_GAP);
    rowHeight = Math.max(rowHeight, treeHeight(root));
  }
  return { boxes, edges, width, height: top + rowHeight };
}

/** How far a subtree reaches left of its root's left edge (zero or less). */
function leftmost(subtree: Subtree): number {
  let edge = 0;
  for (const left of subtree.left) edge = Math.min(edge, left);
  return edge;
}

/** A subtree's width, from its leftmost to its rightmost edge at any depth. */
function extentOf(subtree: Subtree): number {
  let edge = BOX_WIDTH;
  for (const right of subtree.right) edge = Math.max(edge, right);
  return edge - leftmost(subtree);
}

/**
 * Sets a node's child subtrees side by side, each as close to the one before as their outlines allow at every
 * depth they share, and centres the node over its first and last child.
 */
function placeChildren(kids: readonly Subtree[]): Subtree {
  if (kids.length === 0) return { childOffsets: [], left: [0], right: [BOX_WIDTH] };
  if (kids.length === 1) {
    const [only] = kids as [Subtree];
    only.left.push(0);
    only.right.push(BOX_WIDTH);
    return { childOffsets: [0], left: only.left, right: only.right };
  }
  const offsets: number[] = [];
  // Built from the top down here, then turned deepest first.
  const left: number[] = [];
  const right: number[] = [];
  for (const kid of kids) {
    const levels = kid.left.length;
    const at = (edges: number[], level: number) => edges[levels - 1 - level]!;
    let offset = offsets.length === 0 ? 0 : Number.NEGATIVE_INFINITY;
    for (let level = 0; level < Math.min(levels, right.length); level++) {
      offset = Math.max(offset, right[level]! + GAP - at(kid.left, level));
    }
    offsets.push(offset);
    for (let level = 0; level < levels; level++) {
      if (level >= left.length) left.push(at(kid.left, level) + offset);
      right[level] = Math.max(right[level] ?? Number.NEGATIVE_INFINITY, at(kid.right, level) + offset);
    }
  }
  const centre = (offsets[0]! + offsets.at(-1)!) / 2;
  const shift = (edges: number[]) => [...edges.map((edge) => edge - centre).reverse()];
  return {
    childOffsets: offsets.map((offset) => offset - centre),
    left: [...shift(left), 0],
    right: [...shift(right), BOX_WIDTH],
  };
}
