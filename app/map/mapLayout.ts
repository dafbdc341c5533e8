import type { MapDirection, NodeKind, Status } from '../model/types';
import { BOX, INDENT, LAYER_GAP } from './mapMetrics';
import {
  columnContour,
  extentOf,
  type Listed,
  listContour,
  nearest,
  placeChildren,
  STEP,
  type Subtree,
  withOwnRow,
} from './subtreeOutline';
import { wrapText } from './textWidth';

export { BOX };

/** What the map needs of a node; the outline's rows carry more, which the boxes keep. */
export interface MapNode {
  id: number;
  parentId: number | null;
  kind: NodeKind;
  title: string;
  status: Status | null;
}

export { MAP_DIRECTIONS, type MapDirection } from '../model/types';

export interface MapBox<T extends MapNode = MapNode> {
  node: T;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title as it is drawn, line by line. */
  lines: string[];
  /** How deep the node is in the map (0 for the map's roots). */
  level: number;
}

export interface MapEdge {
  /** `e` and the child's id: one edge per child. */
  id: string;
  childId: number;
  parentId: number;
  /** A counter or a response attacks its parent; every other child supports it. */
  attack: boolean;
  points: { x: number; y: number }[];
}

export interface MapLayout<T extends MapNode = MapNode> {
  boxes: MapBox<T>[];
  edges: MapEdge[];
  width: number;
  height: number;
  direction: MapDirection;
}

/** Space between separate arguments. */
const COMPONENT_GAP = 96;
/** Top-down, the leaves in a column hang this far apart. */
const COLUMN_GAP = 12;

export const isAttack = (kind: NodeKind) => kind === 'counter' || kind === 'response';

/** The title's lines as a box draws them. */
export function titleLines(title: string, maxLines: number = BOX.maxLines): string[] {
  const lines = wrapText(title, BOX.width - 2 * BOX.padding, BOX.titleSize, maxLines);
  return lines.length > 0 ? lines : ['(untitled)'];
}

export const boxHeight = (lineCount: number) => BOX.titleBaseline + (lineCount - 1) * BOX.lineHeight + BOX.bottom;

/**
 * Lays the tree out, each argument as a tidy tree: siblings in outline order in a row as deep as the deepest of them,
 * their children in a row under it, a parent centred over its children, subtrees pushed together as far as their
 * outlines allow at every depth (a long list in one branch does not push the rows of the others down). Top-down,
 * siblings sit side by side; left to right, they are stacked. Separate arguments (the map's roots)
 * are packed in rows (or columns) of about a screen's proportions. Linear in the number of boxes times the depth,
 * and without recursion, so a deep or large case lays out at once.
 *
 * `nodes` come in outline order (every parent before its children); a node whose parent is not among them is a root.
 * A title takes at most four lines unless `maxLines` says otherwise (an exported map shows every title whole).
 * Given the `ratio` (width over height) of the screen it is shown on, top-down, a branch four levels deep may hang
 * as an indented list as well, if the map then fits that screen at a larger scale (in a map of up to 2,000 boxes).
 */
export function layoutMap<T extends MapNode>(
  nodes: readonly T[],
  direction: MapDirection = 'down',
  options: { maxLines?: number; ratio?: number } = {},
): MapLayout<T> {
  const layout = layoutListing(nodes, direction, options, LIST_DEPTH);
  const { ratio } = options;
  if (direction !== 'down' || ratio === undefined || !layout.deeper || nodes.length > TRY_DEEPER_UP_TO) {
    const { deeper: _, ...chosen } = layout;
    return chosen;
  }
  // Where a branch one level deeper could hang as a list too, the layout that fits the screen larger wins.
  const other = layoutListing(nodes, direction, options, LIST_DEPTH + 1);
  const scaleOf = (candidate: MapLayout<T>) =>
    Math.min(ratio / Math.max(1, candidate.width), 1 / Math.max(1, candidate.height));
  const { deeper: _, ...chosen } = scaleOf(other) > scaleOf(layout) ? other : layout;
  return chosen;
}

/** Top-down, a node with at most this many levels under it (itself included) hangs them as an indented list. */
const LIST_DEPTH = 4;
/** A map of more boxes is laid out once (a second layout would cost more than a frame's worth of time). */
const TRY_DEEPER_UP_TO = 2_000;

function layoutListing<T extends MapNode>(
  nodes: readonly T[],
  direction: MapDirection,
  { maxLines, ratio }: { maxLines?: number; ratio?: number },
  listDepth: number,
): MapLayout<T> & { deeper: boolean } {
  const down = direction === 'down';
  const shown = new Set(nodes.map((node) => node.id));
  const children = new Map<number, T[]>();
  const roots: T[] = [];
  const depth = new Map<number, number>();
  for (const node of nodes) {
    if (node.parentId !== null && shown.has(node.parentId)) {
      const siblings = children.get(node.parentId);
      if (siblings) siblings.push(node);
      else children.set(node.parentId, [node]);
      depth.set(node.id, depth.get(node.parentId)! + 1);
    } else {
      roots.push(node);
      depth.set(node.id, 0);
    }
  }
  const lines = new Map(nodes.map((node) => [node.id, titleLines(node.title, maxLines)]));
  const heightOf = (node: T) => boxHeight(lines.get(node.id)!.length);
  // Along the breadth boxes have their width (top-down) or height (left to right); along the depth, the other.
  const breadthOf = (node: T) => (down ? BOX.width : heightOf(node));
  const depthSizeOf = (node: T) => (down ? heightOf(node) : BOX.width);
  // Top-down, a node with at most three levels below it hangs them all as an indented list under it (like an org
  // chart's vertical leaves), so an argument grows down as much as across and fits a screen at a readable scale.
  const columns = new Map<number, Listed<T>[]>();
  let deeper = false;
  const listed = new Set<number>();
  const groups = new Map<number, T[]>();
  /** A node's children side by side: its column of leaves (if any) first, then the rest in outline order. */
  const branchesOf = (node: T) => {
    const kids = children.get(node.id) ?? [];
    return groups.has(node.id) ? kids.filter((kid) => children.has(kid.id)) : kids;
  };
  const columnHeight = (leaves: readonly T[]) =>
    leaves.reduce((total, leaf) => total + depthSizeOf(leaf) + COLUMN_GAP, -COLUMN_GAP);
  if (down) {
    const height = new Map<number, number>();
    for (let index = nodes.length - 1; index >= 0; index--) {
      const node = nodes[index]!;
      const kids = children.get(node.id) ?? [];
      height.set(node.id, 1 + kids.reduce((most, kid) => Math.max(most, height.get(kid.id)!), 0));
    }
    for (const node of nodes) {
      const kids = children.get(node.id);
      if (!kids || listed.has(node.id)) continue;
      // A root keeps its children side by side unless they are short; a branch one level deeper may be tried as a list.
      if (height.get(node.id)! === listDepth + 1 && node.parentId !== null && shown.has(node.parentId)) deeper = true;
      if (height.get(node.id)! > (depth.get(node.id) === 0 ? LIST_DEPTH : listDepth)) continue;
      if (kids.length < 2 && height.get(node.id)! < 3) continue;
      const list: Listed<T>[] = [];
      let offset = 0;
      const stack = kids.map((kid) => ({ node: kid, indent: 1, parent: node, parentIndent: 0 })).reverse();
      while (stack.length > 0) {
        const entry = stack.pop()!;
        listed.add(entry.node.id);
        list.push({ ...entry, offset });
        offset += depthSizeOf(entry.node) + COLUMN_GAP;
        const below = children.get(entry.node.id) ?? [];
        for (let order = below.length - 1; order >= 0; order--) {
          stack.push({ node: below[order]!, indent: entry.indent + 1, parent: entry.node, parentIndent: entry.indent });
        }
      }
      columns.set(node.id, list);
    }
    // A node with branches as well keeps its leaves in a column of their own, first among its children.
    for (const node of nodes) {
      const kids = children.get(node.id);
      if (!kids || listed.has(node.id) || columns.has(node.id)) continue;
      const leaves = kids.filter((kid) => !children.has(kid.id));
      if (leaves.length > 1 && leaves.length < kids.length) groups.set(node.id, leaves);
    }
  }
  // Siblings side by side share a row as deep as the deepest of them; their children start under that row. Each
  // subtree starts its rows where its parent's end, so a long list in one branch leaves the others' rows where they are.
  const rowOf = new Map<number, number>();
  for (const root of roots) rowOf.set(root.id, depthSizeOf(root));
  for (const node of nodes) {
    if (listed.has(node.id) || columns.has(node.id)) continue;
    const branches = branchesOf(node);
    const row = branches.reduce((most, kid) => Math.max(most, depthSizeOf(kid)), 0);
    for (const kid of branches) rowOf.set(kid.id, row);
  }

  const subtrees = new Map<number, Subtree>();
  // Children before parents: the nodes come parents first, so the reverse will do.
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!;
    if (listed.has(node.id)) continue;
    const kids = branchesOf(node);
    const group = groups.get(node.id);
    const list = columns.get(node.id);
    const column: Subtree[] = group ? [columnContour(columnHeight(group))] : [];
    const below = list
      ? listContour(list, depthSizeOf)
      : placeChildren(
          [...column, ...kids.map((child) => subtrees.get(child.id)!)],
          [...column.map(() => INDENT + BOX.width), ...kids.map(breadthOf)],
          breadthOf(node),
        );
    subtrees.set(node.id, withOwnRow(below, rowOf.get(node.id)!, breadthOf(node)));
  }

  const treeDepth = (root: T) => subtrees.get(root.id)!.steps.reduce((sum, run) => sum + run, 0) * STEP;
  const components = roots.map((root) => ({ root, subtree: subtrees.get(root.id)! }));
  const lineLength = bestLineLength(
    components.map(({ root, subtree }) => ({ extent: extentOf(subtree), depth: treeDepth(root) })),
    // Breadth over depth: the screen's proportions (or a wide screen's, 16:10).
    down ? (ratio ?? 1.6) : 1 / (ratio ?? 1.6),
  );

  const boxes: MapBox<T>[] = [];
  const edges: MapEdge[] = [];
  // Positions along the breadth (b) and the depth (d), turned into x and y at the end.
  const place = (b: number, d: number, breadth: number, depthSize: number) =>
    down ? { x: b, y: d, width: breadth, height: depthSize } : { x: d, y: b, width: depthSize, height: breadth };
  const point = (b: number, d: number) => (down ? { x: b, y: d } : { x: d, y: b });
  let b = 0;
  let d = 0;
  let lineDepth = 0;
  let breadthUsed = 0;
  for (const { root, subtree } of components) {
    const extent = extentOf(subtree);
    if (b > 0 && b + extent > lineLength) {
      b = 0;
      d += lineDepth + COMPONENT_GAP;
      lineDepth = 0;
    }
    // Each box is placed from its parent's place, parents first.
    const stack: { node: T; near: number; start: number; level: number }[] = [
      { node: root, near: b - nearest(subtree), start: d, level: 0 },
    ];
    while (stack.length > 0) {
      const { node, near, start, level } = stack.pop()!;
      const size = depthSizeOf(node);
      const childStart = start + (rowOf.get(node.id) ?? size) + LAYER_GAP;
      const breadth = breadthOf(node);
      boxes.push({ node, ...place(near, start, breadth, size), lines: lines.get(node.id)!, level });
      const group = groups.get(node.id);
      const kids = branchesOf(node);
      const offsets = subtrees.get(node.id)!.childOffsets.slice(group ? 1 : 0);
      const list = columns.get(node.id);
      if (list) {
        // An indented list: each entry under the one before, joined to a spine down from its parent's near side.
        const placed = new Map<number, { near: number; end: number }>([[node.id, { near, end: start + size }]]);
        const listStart = childStart;
        for (const entry of list) {
          const entrySize = depthSizeOf(entry.node);
          const entryNear = near + entry.indent * INDENT;
          const at = listStart + entry.offset;
          const box = place(entryNear, at, breadthOf(entry.node), entrySize);
          boxes.push({ node: entry.node, ...box, lines: lines.get(entry.node.id)!, level: level + entry.indent });
          placed.set(entry.node.id, { near: entryNear, end: at + entrySize });
          const parent = placed.get(entry.parent.id)!;
          const spine = parent.near + INDENT / 2;
          edges.push({
            id: `e${entry.node.id}`,
            childId: entry.node.id,
            parentId: entry.parent.id,
            attack: isAttack(entry.node.kind),
            points: [point(entryNear, at + entrySize / 2), point(spine, at + entrySize / 2), point(spine, parent.end)],
          });
        }
        continue;
      }
      const between = start + size + (childStart - start - size) / 2;
      if (group) {
        // The column of leaves: joined by a spine down its near side to the parent's edge.
        const spine = near + subtrees.get(node.id)!.childOffsets[0]! + INDENT / 2;
        let at = childStart;
        for (const leaf of group) {
          const leafSize = depthSizeOf(leaf);
          boxes.push({
            node: leaf,
            ...place(spine + INDENT / 2, at, breadthOf(leaf), leafSize),
            lines: lines.get(leaf.id)!,
            level: level + 1,
          });
          edges.push({
            id: `e${leaf.id}`,
            childId: leaf.id,
            parentId: node.id,
            attack: isAttack(leaf.kind),
            points: [
              point(spine + INDENT / 2, at + leafSize / 2),
              point(spine, at + leafSize / 2),
              point(spine, between),
              point(near + breadth / 2, between),
              point(near + breadth / 2, start + size),
            ],
          });
          at += leafSize + COLUMN_GAP;
        }
      }
      kids.forEach((child, order) => {
        const childNear = near + offsets[order]!;
        const childMiddle = childNear + breadthOf(child) / 2;
        edges.push({
          id: `e${child.id}`,
          childId: child.id,
          parentId: node.id,
          attack: isAttack(child.kind),
          points: [
            point(childMiddle, childStart),
            point(childMiddle, between),
            point(near + breadth / 2, between),
            point(near + breadth / 2, start + size),
          ],
        });
      });
      for (let order = kids.length - 1; order >= 0; order--) {
        stack.push({ node: kids[order]!, near: near + offsets[order]!, start: childStart, level: level + 1 });
      }
    }
    b += extent + COMPONENT_GAP;
    breadthUsed = Math.max(breadthUsed, b - COMPONENT_GAP);
    lineDepth = Math.max(lineDepth, treeDepth(root));
  }
  const depthUsed = d + lineDepth;
  return {
    boxes,
    edges,
    width: down ? breadthUsed : depthUsed,
    height: down ? depthUsed : breadthUsed,
    direction,
    deeper,
  };
}

/**
 * How long a line of arguments may grow before the next starts a new line, chosen among a few lengths around the
 * square root of their area for the packing closest to `ratio` (breadth over depth): a screen's proportions.
 */
function bestLineLength(components: readonly { extent: number; depth: number }[], ratio: number): number {
  const longest = components.reduce((most, { extent }) => Math.max(most, extent), 0);
  const area = components.reduce(
    (total, { extent, depth }) => total + (extent + COMPONENT_GAP) * (depth + COMPONENT_GAP),
    0,
  );
  const packed = (length: number) => {
    let b = 0;
    let d = 0;
    let lineDepth = 0;
    let breadth = 0;
    for (const { extent, depth } of components) {
      if (b > 0 && b + extent > length) {
        b = 0;
        d += lineDepth + COMPONENT_GAP;
        lineDepth = 0;
      }
      b += extent + COMPONENT_GAP;
      breadth = Math.max(breadth, b - COMPONENT_GAP);
      lineDepth = Math.max(lineDepth, depth);
    }
    return Math.abs(Math.log(breadth / Math.max(1, d + lineDepth) / ratio));
  };
  let best = Math.max(longest, Math.sqrt(area * ratio));
  let bestMiss = packed(best);
  for (let factor = 0.4; factor <= 3; factor *= 1.2) {
    const length = Math.max(longest, Math.sqrt(area * ratio) * factor);
    const miss = packed(length);
    if (miss < bestMiss) [best, bestMiss] = [length, miss];
  }
  return best;
}
