import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMap, type MapBox } from '../../renderer/map/layoutMap';
import type { VisibleRow } from '../../renderer/outline/visibleRows';
import { runs } from '../support/longRuns';

/** Rows in outline order from a list of parent indexes: parents[i] is the index of row i's parent, or -1. */
function rowsOf(parents: readonly number[], titles: readonly string[] = []): VisibleRow[] {
  const depth: number[] = [];
  return parents.map((parent, index) => {
    depth[index] = parent < 0 ? 0 : depth[parent]! + 1;
    return {
      id: index + 1,
      parentId: parent < 0 ? null : parent + 1,
      depth: depth[index]!,
      position: index,
      kind: index % 5 === 4 ? 'counter' : 'claim',
      title: titles[index] ?? `Node ${index + 1}`,
      side: null,
      status: null,
      effectiveWeight: null,
      childCount: parents.filter((candidate) => candidate === index).length,
      effectiveSide: 'applicant',
      otherSide: false,
    };
  });
}

/** Trees in outline order: each row's parent is an earlier row on the path to the last one, or none. */
const trees = fc
  .array(fc.tuple(fc.nat(), fc.string({ maxLength: 140 })), { minLength: 1, maxLength: 120 })
  .map((draws) => {
    const parents: number[] = [];
    const path: number[] = [];
    for (const [draw, _title] of draws) {
      const keep = draw % (path.length + 2);
      path.length = Math.min(path.length, keep);
      parents.push(path.length === 0 ? -1 : path.at(-1)!);
      path.push(parents.length - 1);
    }
    return rowsOf(
      parents,
      draws.map(([, title]) => title),
    );
  });

const overlap = (a: MapBox, b: MapBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the argument map layout', () => {
  it('sets conclusions above their support, siblings in outline order, parents centred, and no box on another', () => {
    fc.assert(
      fc.property(trees, (rows) => {
        const layout = layoutMap(rows);
        expect(layout.boxes).toHaveLength(rows.length);
        const byId = new Map(layout.boxes.map((box) => [box.row.id, box]));
        for (const [index, box] of layout.boxes.entries()) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 1e-6);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 1e-6);
          for (const other of layout.boxes.slice(index + 1)) expect(overlap(box, other)).toBe(false);
        }
        for (const row of rows) {
          const kids = rows.filter((candidate) => candidate.parentId === row.id).map((kid) => byId.get(kid.id)!);
          const parent = byId.get(row.id)!;
          for (const kid of kids) expect(kid.y).toBeGreaterThan(parent.y + parent.height);
          for (let order = 1; order < kids.length; order++) expect(kids[order]!.x).toBeGreaterThan(kids[order - 1]!.x);
          if (kids.length > 0) expect(parent.x).toBeCloseTo((kids[0]!.x + kids.at(-1)!.x) / 2, 6);
        }
        expect(layout.edges).toHaveLength(rows.filter((row) => row.parentId !== null).length);
        for (const edge of layout.edges) {
          const child = byId.get(Number(edge.id.slice(1)))!;
          const parent = byId.get(child.row.parentId!)!;
          expect(edge.points[0]).toEqual({ x: child.x + child.width / 2, y: child.y });
          expect(edge.points.at(-1)).toEqual({ x: parent.x + parent.width / 2, y: parent.y + parent.height });
          expect(edge.attack).toBe(child.row.kind === 'counter');
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('packs separate arguments into rows, and lays a hidden parent’s children out as arguments of their own', () => {
    const wide = rowsOf(Array.from({ length: 60 }, (_, index) => (index % 6 === 0 ? -1 : index - (index % 6))));
    const layout = layoutMap(wide);
    const tops = new Set(layout.boxes.filter((box) => box.row.parentId === null).map((box) => box.y));
    expect(tops.size).toBeGreaterThan(1);
    const orphans = layoutMap(rowsOf([-1, 0, 1, 1]).slice(1));
    expect(orphans.boxes.map((box) => box.row.id)).toEqual([2, 3, 4]);
    expect(orphans.edges.map((edge) => edge.id)).toEqual(['e3', 'e4']);
  });

  it('lays out a chain ten thousand deep and a tree of ten thousand boxes', () => {
    const chain = layoutMap(rowsOf(Array.from({ length: 10_000 }, (_, index) => index - 1)));
    expect(chain.boxes.at(-1)!.y).toBeGreaterThan(chain.boxes[0]!.y);
    expect(new Set(chain.boxes.map((box) => box.x)).size).toBe(1);
    const bushy = layoutMap(
      rowsOf(Array.from({ length: 10_000 }, (_, index) => (index === 0 ? -1 : (index - 1) >> 2))),
    );
    expect(bushy.boxes).toHaveLength(10_000);
  });
});
