import { BOX, GAP, INDENT, LAYER_GAP } from './mapMetrics';

/** The outline of a subtree laid out as a tidy tree, as the map's layout pushes subtrees together by it. */
export interface Subtree {
  /** Where each child's box starts along the breadth, from the start of this node's box. */
  childOffsets: number[];
  /**
   * The subtree's outline as runs along the depth, deepest first: each run `steps` steps (STEP) deep, with its near and
   * far edges from the root's near edge. Runs rather than one entry a step, so a deep row costs one entry, not twenty.
   */
  steps: number[];
  near: number[];
  far: number[];
}

export interface Listed<T> {
  node: T;
  parent: T;
  /** How many steps in from the list's owner. */
  indent: number;
  /** Where the entry starts along the depth, from the top of the list. */
  offset: number;
}

/** The depth of a step of a subtree's outline: every size and gap along the depth is a whole number of steps. */
export const STEP = 4;
export const steps = (length: number) => Math.ceil(length / STEP);

/** Appends a run to an outline (runs deepest first, so this is on top), joined to the run before if its edges match. */
function pushRun(outline: Subtree, steps: number, near: number, far: number) {
  if (steps <= 0) return;
  const last = outline.steps.length - 1;
  if (last >= 0 && outline.near[last] === near && outline.far[last] === far) outline.steps[last]! += steps;
  else {
    outline.steps.push(steps);
    outline.near.push(near);
    outline.far.push(far);
  }
}

/** The outline of an indented list (from the top of the list): its spine along the near side, each entry across. */
export function listContour<T>(list: readonly Listed<T>[], depthSizeOf: (node: T) => number): Subtree {
  const last = list.at(-1)!;
  const length = steps(last.offset + depthSizeOf(last.node));
  const far = new Array<number>(length).fill(INDENT);
  for (const entry of list) {
    const end = steps(entry.offset + depthSizeOf(entry.node));
    for (let step = Math.floor(entry.offset / STEP); step < end; step++) {
      far[step] = Math.max(far[step]!, entry.indent * INDENT + BOX.width);
    }
  }
  const outline: Subtree = { childOffsets: [], steps: [], near: [], far: [] };
  for (let step = length - 1; step >= 0; step--) pushRun(outline, 1, 0, far[step]!);
  return outline;
}

/** The outline of a column of leaves, spine and boxes, `height` deep. */
export function columnContour(height: number): Subtree {
  return { childOffsets: [], steps: [steps(height)], near: [0], far: [INDENT + BOX.width] };
}

/**
 * A node's outline from the outline of what hangs under it: its own row on top, then (if anything hangs under it)
 * the gap its edges cross, as wide as the node and the top of what is under it.
 */
export function withOwnRow(below: Subtree, row: number, ownBreadth: number): Subtree {
  const { near, far } = below;
  if (near.length > 0) pushRun(below, steps(LAYER_GAP), Math.min(0, near.at(-1)!), Math.max(ownBreadth, far.at(-1)!));
  pushRun(below, steps(row), 0, ownBreadth);
  return below;
}

/** How far a subtree reaches before its root's near edge (zero or less). */
export function nearest(subtree: Subtree): number {
  let edge = 0;
  for (const near of subtree.near) edge = Math.min(edge, near);
  return edge;
}

/** A subtree's breadth, from its nearest to its farthest edge at any depth. */
export function extentOf(subtree: Subtree): number {
  let edge = 0;
  for (const far of subtree.far) edge = Math.max(edge, far);
  return edge - nearest(subtree);
}

/**
 * Sets a node's child subtrees side by side, each as close to the one before as their outlines allow at every
 * depth they share, and centres the node on the middle of its first and last child.
 */
export function placeChildren(kids: readonly Subtree[], kidBreadths: readonly number[], ownBreadth: number): Subtree {
  if (kids.length === 0) return { childOffsets: [], steps: [], near: [], far: [] };
  if (kids.length === 1 && kidBreadths[0] === ownBreadth) {
    // A chain: the child's outline serves as it is (so a deep chain is linear).
    const [only] = kids as [Subtree];
    return { childOffsets: [0], steps: only.steps, near: only.near, far: only.far };
  }
  const offsets: number[] = [];
  // The outline so far, built from the top down here, then turned deepest first.
  let placed: Subtree = { childOffsets: [], steps: [], near: [], far: [] };
  for (const kid of kids) {
    // Both outlines walked from the top down, run by run, over the depth they share.
    let offset = offsets.length === 0 ? 0 : Number.NEGATIVE_INFINITY;
    let mine = 0;
    let theirs = kid.steps.length - 1;
    let mineLeft = placed.steps[0] ?? 0;
    let theirsLeft = kid.steps[theirs] ?? 0;
    while (mine < placed.steps.length && theirs >= 0) {
      offset = Math.max(offset, placed.far[mine]! + GAP - kid.near[theirs]!);
      const step = Math.min(mineLeft, theirsLeft);
      mineLeft -= step;
      theirsLeft -= step;
      if (mineLeft === 0) mineLeft = placed.steps[++mine] ?? 0;
      if (theirsLeft === 0) theirsLeft = kid.steps[--theirs] ?? 0;
    }
    offsets.push(offset);
    // The two outlines merged: where both reach, the nearer near edge and the farther far edge.
    const merged: Subtree = { childOffsets: [], steps: [], near: [], far: [] };
    mine = 0;
    theirs = kid.steps.length - 1;
    mineLeft = placed.steps[0] ?? 0;
    theirsLeft = kid.steps[theirs] ?? 0;
    while (mine < placed.steps.length || theirs >= 0) {
      const hasMine = mine < placed.steps.length;
      const hasTheirs = theirs >= 0;
      const step = hasMine && hasTheirs ? Math.min(mineLeft, theirsLeft) : hasMine ? mineLeft : theirsLeft;
      const near = Math.min(
        hasMine ? placed.near[mine]! : Number.POSITIVE_INFINITY,
        hasTheirs ? kid.near[theirs]! + offset : Number.POSITIVE_INFINITY,
      );
      const far = Math.max(
        hasMine ? placed.far[mine]! : Number.NEGATIVE_INFINITY,
        hasTheirs ? kid.far[theirs]! + offset : Number.NEGATIVE_INFINITY,
      );
      pushRun(merged, step, near, far);
      if (hasMine) {
        mineLeft -= step;
        if (mineLeft === 0) mineLeft = placed.steps[++mine] ?? 0;
      }
      if (hasTheirs) {
        theirsLeft -= step;
        if (theirsLeft === 0) theirsLeft = kid.steps[--theirs] ?? 0;
      }
    }
    placed = merged;
  }
  const middle = (offsets[0]! + kidBreadths[0]! / 2 + offsets.at(-1)! + kidBreadths.at(-1)! / 2) / 2;
  const shift = middle - ownBreadth / 2;
  const moved = (edges: number[]) => edges.map((edge) => edge - shift).reverse();
  return {
    childOffsets: offsets.map((offset) => offset - shift),
    steps: placed.steps.reverse(),
    near: moved(placed.near),
    far: moved(placed.far),
  };
}
