import type Database from 'better-sqlite3';
import { markdownToBody } from '../body/markdownToBody';
import type { BlockNode, BodyDocument, InlineNode } from '../body/types';
import { emptyBody } from '../body/types';
import { newNodeFields } from '../model/nodeFields';
import type { CaseInfo } from '../model/types';
import { findAuthorityByKey, insertAuthority } from '../store/authorityStore';
import { loadCaseInfo, saveCaseInfo } from '../store/caseInfoStore';
import { childIds, insertNode, updateBody } from '../store/nodeStore';
import type { CasewrightDocument, DocumentNode } from './documentSchema';

export interface ImportSummary {
  nodes: number;
  authoritiesAdded: number;
  authoritiesMerged: number;
  topLevelIds: number[];
}

/**
 * Adds a validated document to an open case, inside the caller's transaction: its nodes as new
 * top-level nodes (or children of `parentId`), its authorities merged by key (an existing key is
 * kept as it is), and its case metadata where the case has none yet.
 */
export function importDocument(
  database: Database.Database,
  document: CasewrightDocument,
  parentId: number | null = null,
): ImportSummary {
  fillCaseInfo(database, document);
  let authoritiesAdded = 0;
  let authoritiesMerged = 0;
  for (const authority of document.authorities ?? []) {
    if (findAuthorityByKey(database, authority.key)) {
      authoritiesMerged++;
      continue;
    }
    insertAuthority(database, {
      key: authority.key,
      type: authority.type,
      short: authority.short ?? '',
      csl: authority.csl ?? {},
    });
    authoritiesAdded++;
  }
  const newIds = new Map<number, number>();
  const withReferences: { id: number; body: BodyDocument }[] = [];
  const topLevelIds: number[] = [];
  let count = 0;
  let nextIndex = childIds(database, parentId).length;
  const stack: { node: DocumentNode; parentId: number | null; index: number }[] = [];
  const roots = document.nodes ?? [];
  for (let index = roots.length - 1; index >= 0; index--) {
    stack.push({ node: roots[index]!, parentId, index: nextIndex + index });
  }
  nextIndex += roots.length;
  while (stack.length > 0) {
    const { node, parentId: parent, index } = stack.pop()!;
    const body = node.body ?? (node.text ? markdownToBody(node.text) : emptyBody());
    const id = insertNode(database, parent, index, newNodeFields(node.kind, node), body);
    count++;
    if (parent === parentId) topLevelIds.push(id);
    if (node.id !== undefined) newIds.set(node.id, id);
    if (hasCrossReferences(body.content)) withReferences.push({ id, body });
    const children = node.children ?? [];
    for (let child = children.length - 1; child >= 0; child--)
      stack.push({ node: children[child]!, parentId: id, index: child });
  }
  for (const { id, body } of withReferences) updateBody(database, id, remapCrossReferences(body, newIds));
  return { nodes: count, authoritiesAdded, authoritiesMerged, topLevelIds };
}

function fillCaseInfo(database: Database.Database, document: CasewrightDocument): void {
  const incoming = document.case;
  if (!incoming) return;
  const current = loadCaseInfo(database);
  const fill = (value: string, next: string | undefined) => (value.trim() === '' && next ? next : value);
  const blank = current.title === '' && current.applicant === '' && current.respondent === '';
  const next: CaseInfo = {
    ...current,
    title: fill(current.title, incoming.title),
    forum: fill(current.forum, incoming.forum),
    applicant: fill(current.applicant, incoming.applicant),
    respondent: fill(current.respondent, incoming.respondent),
    side: blank && incoming.side ? incoming.side : current.side,
    citationStyle: blank && incoming.citationStyle ? incoming.citationStyle : current.citationStyle,
    thresholds: blank && incoming.thresholds ? incoming.thresholds : current.thresholds,
    passimThreshold: blank && incoming.passimThreshold ? incoming.passimThreshold : current.passimThreshold,
    wordLimits: blank && incoming.wordLimits ? incoming.wordLimits : current.wordLimits,
    mapDirection: blank && incoming.mapDirection ? incoming.mapDirection : current.mapDirection,
    oral: current.oral.speakers.length === 0 && incoming.oral ? incoming.oral : current.oral,
  };
  if (JSON.stringify(next) !== JSON.stringify(current)) saveCaseInfo(database, next);
}

function hasCrossReferences(blocks: readonly BlockNode[]): boolean {
  return JSON.stringify(blocks).includes('"crossref"');
}

function remapCrossReferences(body: BodyDocument, newIds: Map<number, number>): BodyDocument {
  const mapInline = (nodes: InlineNode[] | undefined): InlineNode[] | undefined =>
    nodes?.map((node) => {
      if (node.type !== 'crossref') return node;
      const target = newIds.get(node.attrs.nodeId);
      if (target !== undefined) return { type: 'crossref', attrs: { nodeId: target, label: node.attrs.label } };
      return { type: 'text', text: node.attrs.label || '(reference)' };
    });
  const mapBlock = (block: BlockNode): BlockNode => {
    switch (block.type) {
      case 'paragraph':
      case 'heading': {
        const content = mapInline(block.content);
        return content ? { ...block, content } : block;
      }
      case 'blockquote':
        return { ...block, content: block.content.map(mapBlock) };
      default:
        return {
          ...block,
          content: block.content.map((item) => ({ ...item, content: item.content.map(mapBlock) })),
        } as BlockNode;
    }
  };
  return { type: 'doc', content: body.content.map(mapBlock) };
}
