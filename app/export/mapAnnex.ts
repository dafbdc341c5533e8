import type { DocumentNode } from '../interchange/documentSchema';
import { layoutMap, type MapNode } from '../map/mapLayout';
import { mapToSvg } from '../map/mapSvg';
import type { LayoutBlock } from './documentLayout';

/** The issue's subtree as the map's nodes, in outline order (ids from the case, else numbered in order). */
function subtree(issue: DocumentNode, next: { id: number }): MapNode[] {
  const nodes: MapNode[] = [];
  const stack: { node: DocumentNode; parentId: number | null }[] = [{ node: issue, parentId: null }];
  while (stack.length > 0) {
    const { node, parentId } = stack.pop()!;
    const id = node.id ?? next.id--;
    nodes.push({ id, parentId, kind: node.kind, title: node.title, status: node.status ?? null });
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, parentId: id });
  }
  return nodes;
}

/**
 * The memorial's annex of the argument map: one figure per issue, laid out left to right (the argument's depth across
 * the page, its points down it) with every title whole, each box showing its kind and status, support solid and attack
 * dashed, under the legend.
 */
export function mapAnnex(issues: readonly DocumentNode[], caseTitle: string): LayoutBlock[] {
  const blocks: LayoutBlock[] = [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'The argument is mapped issue by issue. Each box is a point of the argument, with its kind and its status; a line drawn solid supports the point it leads to, a dashed line attacks it.',
        },
      ],
    },
  ];
  const next = { id: -1 };
  for (const [index, issue] of issues.entries()) {
    const layout = layoutMap(subtree(issue, next), 'right', { maxLines: Number.POSITIVE_INFINITY });
    const caption = `Figure ${index + 1}: ${issue.title.trim() || '(untitled issue)'}`;
    const svg = mapToSvg(layout, { title: `${caption} (${caseTitle})` });
    const size = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    blocks.push({ type: 'map', caption, svg, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) });
  }
  return blocks;
}
