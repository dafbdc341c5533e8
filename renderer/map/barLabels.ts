import type { MapBox, MapNode } from '../../app/map/mapLayout';
import { textWidth, wrapText } from '../../app/map/textWidth';
import { SHORT_TEXT_PX } from './boxForm';

/** A label drawn beside a bar: its lines, the first line's baseline and its left edge, in screen pixels from the map's origin. */
export interface BarLabel {
  id: number;
  x: number;
  y: number;
  lines: string[];
  /** The widest line's width. */
  width: number;
  /** Whether the label sits above its bar (else below it, over what hangs under the bar). */
  above: boolean;
}

/** The label lines' pitch, and how far their ink reaches above and below the baseline, at 11 px. */
export const LABEL_LINE_PX = 13;
export const ASCENT = 10;
export const DESCENT = 3;
/** How far the label keeps from its bar. */
const CLEARANCE = 3;
/** Issues' labels may run past their subtree's breadth up to this width, where no other label is. */
const ISSUE_LABEL_PX = 180;
/** The fewest characters of a title worth showing (else the bar keeps to its hover and focus label). */
const FEWEST_CHARACTERS = 10;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Rectangles in a grid of cells, to find those a rectangle meets without looking at all of them. */
class RectGrid {
  private readonly cells = new Map<string, { rect: Rect; owner: number }[]>();
  constructor(private readonly cell: number) {}

  private keys(rect: Rect): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(rect.left / this.cell); x <= Math.floor(rect.right / this.cell); x++) {
      for (let y = Math.floor(rect.top / this.cell); y <= Math.floor(rect.bottom / this.cell); y++)
        keys.push(`${x},${y}`);
    }
    return keys;
  }

  add(rect: Rect, owner: number): void {
    for (const key of this.keys(rect)) {
      const list = this.cells.get(key);
      if (list) list.push({ rect, owner });
      else this.cells.set(key, [{ rect, owner }]);
    }
  }

  /** Whether `rect` meets a rectangle of another owner than `except`. */
  meets(rect: Rect, except?: number): boolean {
    for (const key of this.keys(rect)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (entry.owner === except) continue;
        const other = entry.rect;
        if (rect.left < other.right && other.left < rect.right && rect.top < other.bottom && other.top < rect.bottom) {
          return true;
        }
      }
    }
    return false;
  }
}

/**
 * Where the labels of issues and claims go when their boxes are bars (too small for text): each label 11 px, in
 * the order issues, then claims from the top of the tree down, each where it meets no label placed before it.
 * An issue's label goes above its bar when its whole title fits there on one line, else below the bar, over its
 * subtree, on up to three lines. A claim's label goes above its bar, or below it on up to two lines, only where it
 * covers no other box; a bar left without a label shows its title on hover and focus.
 *
 * `spans` say how far along x each box's subtree reaches (layout units): a label may run across it.
 */
export function placeBarLabels<T extends MapNode>(
  boxes: readonly MapBox<T>[],
  scale: number,
  spans: ReadonlyMap<number, { left: number; right: number }>,
  gapAfter: number,
  bounds: { width: number },
): BarLabel[] {
  const frames = new RectGrid(64);
  for (const box of boxes) {
    const left = box.x * scale;
    const top = box.y * scale;
    frames.add({ left, top, right: left + box.width * scale, bottom: top + box.height * scale }, box.node.id);
  }
  const candidates = boxes
    .filter((box) => box.node.kind === 'issue' || box.node.kind === 'claim')
    .sort((a, b) => Number(b.node.kind === 'issue') - Number(a.node.kind === 'issue') || a.level - b.level);
  const placed = new RectGrid(64);
  const labels: BarLabel[] = [];
  const labelled = new Set<number>();
  // First every label within its own room, then issues' labels wider, where they still meet no other.
  // In the second round the larger subtrees choose first: the boxes come in the layout's order, each subtree whole.
  const sizes = subtreeSizes(boxes);
  const widerFirst = [...candidates].sort((a, b) => sizes.get(b.node.id)! - sizes.get(a.node.id)!);
  for (const round of [0, 1]) {
    for (const box of round === 0 ? candidates : widerFirst) {
      if (labelled.has(box.node.id)) continue;
      const label = placeOne(box, round, scale, spans.get(box.node.id), gapAfter, bounds, frames, placed);
      if (label) {
        labels.push(label);
        labelled.add(box.node.id);
      }
    }
  }
  return labels;
}

/** A label for one bar in one round of placing (see placeBarLabels), or none where every place is taken. */
function placeOne<T extends MapNode>(
  box: MapBox<T>,
  round: number,
  scale: number,
  span: { left: number; right: number } | undefined,
  gapAfter: number,
  bounds: { width: number },
  frames: RectGrid,
  placed: RectGrid,
): BarLabel | undefined {
  const issue = box.node.kind === 'issue';
  const title = box.node.title.trim() || '(untitled)';
  const wide = span !== undefined && span.right - span.left > box.width;
  const start = (wide ? span.left : box.x) * scale;
  const room = wide ? (span.right - span.left) * scale : (box.width + gapAfter) * scale;
  const top = box.y * scale;
  const bottom = (box.y + box.height) * scale;
  const tries: { above: boolean; lines: number; width: number; whole?: boolean }[] =
    round === 0
      ? issue
        ? [
            { above: true, lines: 1, width: room, whole: true },
            { above: false, lines: 3, width: room },
          ]
        : [
            { above: true, lines: 1, width: room },
            { above: false, lines: 2, width: room },
          ]
      : issue
        ? [
            { above: false, lines: 3, width: Math.max(room, ISSUE_LABEL_PX) },
            { above: true, lines: 1, width: Math.max(room, ISSUE_LABEL_PX) },
            { above: false, lines: 3, width: Math.max(room, ISSUE_LABEL_PX * 0.7) },
            { above: true, lines: 1, width: Math.max(room, ISSUE_LABEL_PX * 0.7) },
          ]
        : [];
  for (const attempt of tries) {
    const widthPx = Math.min(attempt.width, bounds.width * scale);
    if (widthPx < 40) continue;
    const lines = wrapText(title, widthPx - 4, SHORT_TEXT_PX, attempt.lines, true);
    const shown = lines.join(' ').replace(/…$/, '');
    if (attempt.whole && (lines.length > 1 || lines[0]!.endsWith('…'))) continue;
    if (shown.length < Math.min(FEWEST_CHARACTERS, title.length)) continue;
    // A word broken across lines (too long for the width) reads badly: that place will not do.
    if (!wholeWords(lines, title)) continue;
    const width = Math.max(...lines.map((line) => textWidth(line, SHORT_TEXT_PX, true)));
    // Kept inside the map's breadth, so that a fitted map shows it whole.
    const left = Math.max(0, Math.min(start, bounds.width * scale - width));
    const baseline = attempt.above ? top - CLEARANCE - DESCENT : bottom + CLEARANCE + ASCENT;
    const rect = {
      left,
      top: baseline - ASCENT,
      right: left + width,
      bottom: baseline + (lines.length - 1) * LABEL_LINE_PX + DESCENT,
    };
    if (placed.meets(rect)) continue;
    if (!issue && frames.meets(rect, box.node.id)) continue;
    placed.add(rect, box.node.id);
    return { id: box.node.id, x: left, y: baseline, lines, width, above: attempt.above };
  }
  return undefined;
}

/** Whether each line holds whole words of the title, in order (the last may end in an ellipsis after a cut word). */
function wholeWords(lines: readonly string[], title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  const shown = lines.flatMap((line) => line.split(' ').filter(Boolean));
  return shown.every((word, index) =>
    index === shown.length - 1 && word.endsWith('…')
      ? words[index]?.startsWith(word.slice(0, -1))
      : words[index] === word,
  );
}

/** How many boxes each box's subtree holds, from boxes in the layout's order (each after its parent, subtrees whole). */
function subtreeSizes<T extends MapNode>(boxes: readonly MapBox<T>[]): Map<number, number> {
  const sizes = new Map<number, number>();
  const open: { box: MapBox<T>; index: number }[] = [];
  const close = (entry: { box: MapBox<T>; index: number }, end: number) =>
    sizes.set(entry.box.node.id, end - entry.index);
  boxes.forEach((box, index) => {
    while (open.length > 0 && open.at(-1)!.box.level >= box.level) close(open.pop()!, index);
    open.push({ box, index });
  });
  while (open.length > 0) close(open.pop()!, boxes.length);
  return sizes;
}
