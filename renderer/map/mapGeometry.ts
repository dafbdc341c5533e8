import type { MapBox, MapEdge, MapLayout, MapNode } from '../../app/map/mapLayout';

/** Where the map is on screen: layout point p is drawn at p × scale + (x, y) inside a canvas of width × height. */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the map worth drawing, in layout units: what is in view and half a screen around it, snapped to
 * half-screen steps so that panning changes the drawn boxes only now and then.
 */
export function drawWindow(view: Viewport): Rect {
  const width = view.width / view.scale;
  const height = view.height / view.scale;
  const stepX = Math.max(1, width / 2);
  const stepY = Math.max(1, height / 2);
  const left = Math.floor((-view.x / view.scale - width / 2) / stepX) * stepX;
  const top = Math.floor((-view.y / view.scale - height / 2) / stepY) * stepY;
  return { left, top, right: left + 2 * width + stepX, bottom: top + 2 * height + stepY };
}

const overlaps = (rect: Rect, left: number, top: number, right: number, bottom: number) =>
  left <= rect.right && right >= rect.left && top <= rect.bottom && bottom >= rect.top;

/** The boxes and edges inside `window` (and the box `keep`, so the keyboard's box is always there to focus). */
export function drawnParts<T extends MapNode>(
  layout: MapLayout<T>,
  window: Rect,
  keep: number | undefined,
): { boxes: MapBox<T>[]; edges: MapEdge[] } {
  const boxes = layout.boxes.filter(
    (box) => box.node.id === keep || overlaps(window, box.x, box.y, box.x + box.width, box.y + box.height),
  );
  const edges = layout.edges.filter((edge) => {
    let left = Number.POSITIVE_INFINITY;
    let top = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const point of edge.points) {
      left = Math.min(left, point.x);
      right = Math.max(right, point.x);
      top = Math.min(top, point.y);
      bottom = Math.max(bottom, point.y);
    }
    return overlaps(window, left, top, right, bottom);
  });
  return { boxes, edges };
}

/** The view that shows `bounds` (layout units) whole and centred in a canvas, at most at full size. */
export function fittedView(
  bounds: { x: number; y: number; width: number; height: number },
  canvas: { width: number; height: number },
  margin = 24,
): Viewport {
  const room = { width: Math.max(1, canvas.width - 2 * margin), height: Math.max(1, canvas.height - 2 * margin) };
  const scale = Math.min(1, room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height));
  return {
    scale,
    x: (canvas.width - bounds.width * scale) / 2 - bounds.x * scale,
    y: (canvas.height - bounds.height * scale) / 2 - bounds.y * scale,
    width: canvas.width,
    height: canvas.height,
  };
}

/** How far a label under a bar may reach below it (three lines at 11 px), kept clear of the minimap as well. */
const LABEL_BELOW = 44;

/**
 * The fitted view (as fittedView) that leaves the stage's bottom-right `corner` clear of every box: when a box would
 * be under it, the map is fitted beside it or above it, whichever shows it larger.
 */
export function fittedClear(
  bounds: { x: number; y: number; width: number; height: number },
  canvas: { width: number; height: number },
  boxes: readonly { x: number; y: number; width: number; height: number }[],
  corner: { width: number; height: number } | undefined,
): Viewport {
  const fitted = fittedView(bounds, canvas);
  if (!corner) return fitted;
  const covered = (view: Viewport) =>
    boxes.some(
      (box) =>
        (box.x + box.width) * view.scale + view.x > canvas.width - corner.width &&
        (box.y + box.height) * view.scale + view.y + LABEL_BELOW > canvas.height - corner.height,
    );
  if (!covered(fitted)) return fitted;
  const beside = fittedView(bounds, { width: Math.max(1, canvas.width - corner.width), height: canvas.height });
  const above = fittedView(bounds, { width: canvas.width, height: Math.max(1, canvas.height - corner.height) });
  return { ...(beside.scale >= above.scale ? beside : above), width: canvas.width, height: canvas.height };
}

/** The view moved just enough to bring a box whole into sight (unchanged when it is already). */
export function viewShowing(view: Viewport, box: { x: number; y: number; width: number; height: number }): Viewport {
  const margin = 16;
  const left = box.x * view.scale + view.x;
  const top = box.y * view.scale + view.y;
  const right = left + box.width * view.scale;
  const bottom = top + box.height * view.scale;
  let dx = 0;
  let dy = 0;
  if (right > view.width - margin) dx = view.width - margin - right;
  if (left + dx < margin) dx = margin - left;
  if (bottom > view.height - margin) dy = view.height - margin - bottom;
  if (top + dy < margin) dy = margin - top;
  return dx === 0 && dy === 0 ? view : { ...view, x: view.x + dx, y: view.y + dy };
}

/**
 * How far along x each box's subtree reaches, for the labels drawn over bars: top-down, sibling subtrees never share
 * any x, so a label may run across its whole subtree (left to right: none, each label keeps to its own column).
 */
export function labelSpans(layout: MapLayout<MapNode>): Map<number, { left: number; right: number }> {
  const spans = new Map<number, { left: number; right: number }>();
  if (layout.direction !== 'down') return spans;
  for (const box of layout.boxes) spans.set(box.node.id, { left: box.x, right: box.x + box.width });
  for (const edge of [...layout.edges].reverse()) {
    const child = spans.get(edge.childId);
    const parent = spans.get(edge.parentId);
    if (!child || !parent) continue;
    parent.left = Math.min(parent.left, child.left);
    parent.right = Math.max(parent.right, child.right);
  }
  return spans;
}
