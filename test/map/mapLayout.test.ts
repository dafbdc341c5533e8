import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOX, layoutMap, MAP_DIRECTIONS, type MapBox, type MapNode, titleLines } from '../../app/map/mapLayout';
import { textWidth } from '../../app/map/textWidth';
import { runs } from '../support/longRuns';

/** Nodes in outline order from a list of parent indexes: parents[i] is the index of node i's parent, or -1. */
function nodesOf(parents: readonly number[], titles: readonly string[] = []): MapNode[] {
  return parents.map((parent, index) => ({
    id: index + 1,
    parentId: parent < 0 ? null : parent + 1,
    kind: index % 5 === 4 ? 'counter' : 'claim',
    title: titles[index] ?? `Node ${index + 1}`,
    status: null,
  }));
}

/** Trees in outline order: each node's parent is an earlier node on the path to the last one, or none. */
const trees = fc
  .array(fc.tuple(fc.nat(), fc.string({ maxLength: 140 })), { minLength: 1, maxLength: 120 })
  .map((draws) => {
    const parents: number[] = [];
    const path: number[] = [];
    for (const [draw] of draws) {
      const keep = draw % (path.length + 2);
      path.length = Math.min(path.length, keep);
      parents.push(path.length === 0 ? -1 : path.at(-1)!);
      path.push(parents.length - 1);
    }
    return nodesOf(
      parents,
      draws.map(([, title]) => title),
    );
  });

const overlap = (a: MapBox, b: MapBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(MAP_DIRECTIONS)('the argument map laid out %s', (direction) => {
  const down = direction === 'down';
  // Along the breadth siblings sit side by side; along the depth a layer follows its parents'.
  const breadth = (box: MapBox) => (down ? { start: box.x, size: box.width } : { start: box.y, size: box.height });
  const depth = (box: MapBox) => (down ? { start: box.y, size: box.height } : { start: box.x, size: box.width });

  it('sets conclusions before their support, siblings in outline order, parents centred, and no box on another', () => {
    fc.assert(
      fc.property(trees, fc.constantFrom(undefined, 0.5, 1, 2), (nodes, ratio) => {
        // Given a screen's proportions, a branch one level deeper may hang as a list: the same rules hold.
        const layout = layoutMap(nodes, direction, ratio === undefined ? {} : { ratio });
        expect(layout.boxes).toHaveLength(nodes.length);
        const byId = new Map(layout.boxes.map((box) => [box.node.id, box]));
        for (const [index, box] of layout.boxes.entries()) {
          expect(box.x).toBeGreaterThanOrEqual(-1e-6);
          expect(box.y).toBeGreaterThanOrEqual(-1e-6);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 1e-6);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 1e-6);
          for (const other of layout.boxes.slice(index + 1)) expect(overlap(box, other)).toBe(false);
        }
        for (const node of nodes) {
          const kids = nodes.filter((candidate) => candidate.parentId === node.id).map((kid) => byId.get(kid.id)!);
          const parent = byId.get(node.id)!;
          for (const kid of kids) expect(depth(kid).start).toBeGreaterThan(depth(parent).start + depth(parent).size);
          // Side by side in outline order; top-down, leaves may hang in a column, first and one under another.
          const isLeaf = (box: MapBox) => !nodes.some((candidate) => candidate.parentId === box.node.id);
          for (let order = 1; order < kids.length; order++) {
            const [before, after] = [kids[order - 1]!, kids[order]!];
            const stacked =
              down && (breadth(after).start === breadth(before).start || (isLeaf(after) && !isLeaf(before)));
            if (stacked && breadth(after).start === breadth(before).start) {
              expect(depth(after).start).toBeGreaterThan(depth(before).start + depth(before).size);
            } else if (!stacked) expect(breadth(after).start).toBeGreaterThan(breadth(before).start);
          }
          // Centred over its children, unless (top-down) some of them hang in a column.
          const fromTop = (kid: MapBox) => {
            const first = layout.edges.find((edge) => edge.childId === kid.node.id)!.points[0]!;
            return Math.abs(first.x - (kid.x + kid.width / 2)) < 1e-6 && Math.abs(first.y - kid.y) < 1e-6;
          };
          const tidy = !down || kids.every(fromTop);
          const sideBySide = kids.length > 0 && kids.every((kid) => depth(kid).start === depth(kids[0]!).start);
          if (tidy && sideBySide) {
            const middle = (box: MapBox) => breadth(box).start + breadth(box).size / 2;
            expect(middle(parent)).toBeCloseTo((middle(kids[0]!) + middle(kids.at(-1)!)) / 2, 6);
          }
        }
        expect(layout.edges).toHaveLength(nodes.filter((node) => node.parentId !== null).length);
        for (const edge of layout.edges) {
          const child = byId.get(edge.childId)!;
          const parent = byId.get(edge.parentId)!;
          expect(child.node.parentId).toBe(parent.node.id);
          // An edge leaves the child's near side: its top (or, in a column, its left) middle.
          const childEnds = down
            ? [
                { x: child.x + child.width / 2, y: child.y },
                { x: child.x, y: child.y + child.height / 2 },
              ]
            : [{ x: child.x, y: child.y + child.height / 2 }];
          const parentEndY = parent.y + (down ? parent.height : parent.height / 2);
          const [first] = edge.points;
          expect(childEnds.some((end) => Math.abs(end.x - first!.x) + Math.abs(end.y - first!.y) < 1e-6)).toBe(true);
          const last = edge.points.at(-1)!;
          if (down) expect(last.x).toBeGreaterThanOrEqual(parent.x);
          if (down) expect(last.x).toBeLessThanOrEqual(parent.x + parent.width);
          else expect(last.x).toBeCloseTo(parent.x + parent.width, 6);
          expect(last.y).toBeCloseTo(parentEndY, 6);
          expect(edge.attack).toBe(child.node.kind === 'counter');
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('packs separate arguments into lines, and lays a hidden parent’s children out as arguments of their own', () => {
    const wide = nodesOf(Array.from({ length: 60 }, (_, index) => (index % 6 === 0 ? -1 : index - (index % 6))));
    const layout = layoutMap(wide, direction);
    const starts = new Set(layout.boxes.filter((box) => box.node.parentId === null).map((box) => depth(box).start));
    expect(starts.size).toBeGreaterThan(1);
    // About a screen's proportions: wider than high, but not a single strip.
    expect(layout.width / layout.height).toBeGreaterThan(0.8);
    expect(layout.width / layout.height).toBeLessThan(4);
    const orphans = layoutMap(nodesOf([-1, 0, 1, 1]).slice(1), direction);
    expect(orphans.boxes.map((box) => box.node.id)).toEqual([2, 3, 4]);
    expect(orphans.edges.map((edge) => edge.id)).toEqual(['e3', 'e4']);
  });

  it('lays out a chain ten thousand deep and a tree of ten thousand boxes', () => {
    const chain = layoutMap(nodesOf(Array.from({ length: 10_000 }, (_, index) => index - 1)), direction);
    expect(depth(chain.boxes.at(-1)!).start).toBeGreaterThan(depth(chain.boxes[0]!).start);
    const bushy = layoutMap(
      nodesOf(Array.from({ length: 10_000 }, (_, index) => (index === 0 ? -1 : (index - 1) >> 2))),
      direction,
    );
    expect(bushy.boxes).toHaveLength(10_000);
  });
});

describe('box titles', () => {
  it('wraps a long title into at most four lines that fit the box, ending in an ellipsis', () => {
    const lines = titleLines(`${'Wide words WWWWWWWW mmmmmm '.repeat(12)}Supercalifragilisticexpialidociousnesses`);
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, BOX.titleSize)).toBeLessThanOrEqual(BOX.width - 2 * BOX.padding);
    expect(titleLines('')).toEqual(['(untitled)']);
    expect(titleLines('W'.repeat(80)).length).toBeGreaterThan(1);
  });
});
