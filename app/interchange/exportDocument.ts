import type Database from 'better-sqlite3';
import { bodyCitations } from '../body/bodyText';
import { bodyToMarkdown } from '../body/bodyToMarkdown';
import type { BodyDocument } from '../body/types';
import { fromColumn, isEmptyValue, NODE_FIELD_COLUMNS, NODE_FIELD_NAMES, type NodeFields } from '../model/nodeFields';
import type { Authority, CaseInfo, Status } from '../model/types';
import { listAuthorities } from '../store/authorityStore';
import { loadCaseInfo } from '../store/caseInfoStore';
import { statement } from '../store/statements';
import type { CasewrightDocument, DocumentNode } from './documentSchema';

/** A stored node: id, parent, body JSON, then the columns of its fields (`NODE_FIELD_COLUMNS`). */
export type ExportRow = [number, number | null, string, ...unknown[]];

export interface ExportOptions {
  /** Adds each node's status (for `show --json`). */
  statuses?: ReadonlyMap<number, Status>;
  /** Only this node and what is below it. */
  rootId?: number;
}

/** The whole case (or one subtree) as a `casewright/1` document: lossless, with `body` and readable `text`. */
export function exportDocument(database: Database.Database, options: ExportOptions = {}): CasewrightDocument {
  const rows = statement(
    database,
    `SELECT id, parent_id, body, ${NODE_FIELD_COLUMNS.join(', ')} FROM nodes ORDER BY parent_id, position`,
  )
    .raw()
    .all() as ExportRow[];
  return documentFromRows(loadCaseInfo(database), listAuthorities(database), rows, options);
}

/** A `casewright/1` document from stored node rows (in sibling order), the case's metadata and its authorities. */
export function documentFromRows(
  info: CaseInfo,
  authorities: readonly Authority[],
  rows: readonly ExportRow[],
  options: ExportOptions = {},
): CasewrightDocument {
  const children = new Map<number | null, DocumentNode[]>();
  const byId = new Map<number, DocumentNode>();
  for (const row of rows) {
    const [id, parentId, body] = row;
    const fields = Object.fromEntries(
      NODE_FIELD_NAMES.map((name, index) => [name, fromColumn(name, row[3 + index])]),
    ) as unknown as NodeFields;
    const node: DocumentNode = { id, kind: fields.kind, title: fields.title };
    const status = options.statuses?.get(id);
    if (status) node.status = status;
    for (const name of NODE_FIELD_NAMES) {
      const value = fields[name];
      if (name !== 'kind' && name !== 'title' && !isEmptyValue(value)) Object.assign(node, { [name]: value });
    }
    if (body !== '') {
      const document = JSON.parse(body) as BodyDocument;
      node.text = bodyToMarkdown(document);
      node.body = document;
    }
    byId.set(id, node);
    let siblings = children.get(parentId);
    if (!siblings) {
      siblings = [];
      children.set(parentId, siblings);
    }
    siblings.push(node);
  }
  for (const [parentId, siblings] of children) {
    if (parentId === null) continue;
    const parent = byId.get(parentId);
    if (parent) parent.children = siblings;
  }
  const root = options.rootId === undefined ? undefined : byId.get(options.rootId);
  const nodes = options.rootId === undefined ? (children.get(null) ?? []) : root ? [root] : [];
  const cited = options.rootId === undefined ? undefined : citedKeys(nodes);
  return {
    format: 'casewright',
    version: 1,
    case: {
      title: info.title,
      forum: info.forum,
      applicant: info.applicant,
      respondent: info.respondent,
      side: info.side,
      citationStyle: info.citationStyle,
      thresholds: info.thresholds,
      passimThreshold: info.passimThreshold,
      wordLimits: info.wordLimits,
      ...(info.mapDirection === 'down' ? {} : { mapDirection: info.mapDirection }),
      ...(info.oral.speakers.length > 0 || info.oral.format !== 'custom' ? { oral: info.oral } : {}),
    },
    authorities: authorities
      .filter((authority) => cited === undefined || cited.has(authority.key))
      .map((authority) => ({ key: authority.key, type: authority.type, short: authority.short, csl: authority.csl })),
    nodes,
  };
}

function citedKeys(nodes: DocumentNode[]): Set<string> {
  const keys = new Set<string>();
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.body) for (const citation of bodyCitations(node.body)) keys.add(citation.key);
    stack.push(...(node.children ?? []));
  }
  return keys;
}
