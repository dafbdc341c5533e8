import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutMap, type MapNode } from '../../app/map/mapLayout';
import type { NodeKind } from '../../app/model/types';
import { SHORT_FROM_SCALE } from '../../renderer/map/boxForm';
import { fittedView } from '../../renderer/map/mapGeometry';

interface TemplateNode {
  kind: NodeKind;
  title: string;
  children?: TemplateNode[];
}

/** The sample case's nodes in outline order, numbered as they come. */
function sampleNodes(): MapNode[] {
  const template = JSON.parse(readFileSync(join(__dirname, '../../templates/russia-dprk-pact-2024.json'), 'utf8'));
  const nodes: MapNode[] = [];
  const walk = (list: TemplateNode[], parentId: number | null) => {
    for (const node of list) {
      const id = nodes.length + 1;
      nodes.push({ id, parentId, kind: node.kind, title: node.title, status: null });
      walk(node.children ?? [], id);
    }
  };
  walk(template.nodes, null);
  return nodes;
}

/** The whole subtree under `root`, in outline order. */
function subtreeOf(nodes: readonly MapNode[], root: MapNode): MapNode[] {
  const inside = new Set([root.id]);
  return nodes.filter((node) => {
    if (node.id === root.id) return true;
    if (node.parentId !== null && inside.has(node.parentId)) inside.add(node.id);
    return inside.has(node.id);
  });
}

// The map's stage in the window at 1440×900, with the outline beside it and the toolbar and legend around it.
const STAGE = { width: 960, height: 640 };

// Fit scales before the columns of leaves (top-down): 0.14 0.40 0.05 0.26 0.24 0.21; now 0.35 0.71 0.15 0.38 0.51 0.40.
describe('the sample case’s map laid out top-down, at 1440×900', () => {
  const nodes = sampleNodes();
  const issues = nodes.filter((node) => node.kind === 'issue');

  it('fits each issue of up to a hundred boxes, focused, at a scale where every box keeps its kind and a title line', () => {
    expect(issues.length).toBeGreaterThan(3);
    let largest = 0;
    for (const issue of issues) {
      const subtree = subtreeOf(nodes, issue);
      const layout = layoutMap(subtree, 'down');
      const { scale } = fittedView({ x: 0, y: 0, width: layout.width, height: layout.height }, STAGE);
      if (subtree.length <= 100) expect(scale).toBeGreaterThanOrEqual(SHORT_FROM_SCALE);
      // The largest issue (124 boxes) stays compact, labels on hover and focus, but three times as large as it was.
      else largest = Math.max(largest, scale);
    }
    expect(largest).toBeGreaterThan(0.14);
  });
});
