import { describe, expect, it } from 'vitest';
import { layoutMap, type MapNode } from '../../app/map/mapLayout';
import { SHORT_FROM_SCALE } from '../../renderer/map/boxForm';
import { fittedView } from '../../renderer/map/mapGeometry';
import { sampleNodes } from './sampleNodes';

/** The whole subtree under `root`, in outline order. */
function subtreeOf(nodes: readonly MapNode[], root: MapNode): MapNode[] {
  const inside = new Set([root.id]);
  return nodes.filter((node) => {
    if (node.id === root.id) return true;
    if (node.parentId !== null && inside.has(node.parentId)) inside.add(node.id);
    return inside.has(node.id);
  });
}

// The map's stage in the window at 1440×900 (measured), between the outline and the side panel, under the toolbar.
const STAGE = { width: 720, height: 730 };

// Fit scales per issue, top-down, before the columns of leaves: 0.10 0.29 0.04 0.19 0.17 0.16; with them: 0.41 0.37
// 0.16 0.38 0.43 0.34; with rows per subtree (not per layer of the whole map) and a branch four levels deep hung as
// a list where that fits the stage larger: 0.39 0.37 0.15 0.42 0.41 0.32 (the whole case 0.05 → 0.11). The short
// form (kind and a title line at 11 px) starts at 0.31; below it a box is a bar whose label shows on hover and focus.
const RATIO = Math.round((STAGE.width / STAGE.height) * 10) / 10;
describe('the sample case’s map laid out top-down, at 1440×900', () => {
  const nodes = sampleNodes();
  const issues = nodes.filter((node) => node.kind === 'issue');

  it('fits each issue of up to a hundred boxes, focused, at a scale where every box keeps its kind and a title line', () => {
    expect(issues.length).toBeGreaterThan(3);
    const scales = issues.map((issue) => {
      const subtree = subtreeOf(nodes, issue);
      const layout = layoutMap(subtree, 'down', { ratio: RATIO });
      return { size: subtree.length, ...fittedView({ x: 0, y: 0, width: layout.width, height: layout.height }, STAGE) };
    });
    // The largest issue (124 boxes) stays compact, its labels on hover and focus, but four times as large as it was.
    for (const { size, scale } of scales) {
      expect(scale).toBeGreaterThanOrEqual(size <= 100 ? SHORT_FROM_SCALE : 0.15);
    }
  });

  it('fits the whole case at twice the scale of a map laid out in layers across the whole case', () => {
    const layout = layoutMap(nodes, 'down', { ratio: RATIO });
    expect(fittedView({ x: 0, y: 0, width: layout.width, height: layout.height }, STAGE).scale).toBeGreaterThan(0.1);
  });
});
