import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MapNode } from '../../app/map/mapLayout';
import type { NodeKind } from '../../app/model/types';

interface TemplateNode {
  kind: NodeKind;
  title: string;
  children?: TemplateNode[];
}

/** The sample case's nodes in outline order, numbered as they come. */
export function sampleNodes(): MapNode[] {
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
