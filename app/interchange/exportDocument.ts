import type Database from 'better-sqlite3';
import { bodyCitations } from '../body/bodyText';
import { bodyToMarkdown } from '../body/bodyToMarkdown';
import type { BodyDocument } from '../body/types';
import type { Authority, CaseInfo, Status } from '../model/types';
import { listAuthorities } from '../store/authorityStore';
import { loadCaseInfo } from '../store/caseInfoStore';
import { statement } from '../store/statements';
import type { CasewrightDocument, DocumentNode } from './documentSchema';

/** A stored node: id, parent, kind, title, body JSON, then the fields in the order of the table. */
export type ExportRow = [number, number | null, string, string, string, ...(string | number | null)[]];

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
    `SELECT id, parent_id, kind, title, body, side, mode, standard, weight, assessment, disputed, tags, speaker, minutes, difficulty
     FROM nodes ORDER BY parent_id, position`,
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
    const [id, parentId, kind, title, body, side, mode, standard, weight, assessment, disputed, tags] = row;
    const [speaker, minutes, difficulty] = row.slice(12);
    const node: DocumentNode = { id, kind: kind as DocumentNode['kind'], title };
    const status = options.statuses?.get(id);
    if (status) node.status = status;
    if (side) node.side = side as DocumentNode['side'];
    if (mode) node.mode = mode as DocumentNode['mode'];
    if (standard) node.standard = standard as DocumentNode['standard'];
    if (weight) node.weight = weight as DocumentNode['weight'];
    if (assessment) node.assessment = assessment as DocumentNode['assessment'];
    if (disputed === 1) node.disputed = true;
    if (tags !== '[]') node.tags = JSON.parse(tags as string) as string[];
    if (speaker) node.speaker = speaker as string;
    if (minutes) node.minutes = minutes as number;
    if (difficulty) node.difficulty = difficulty as DocumentNode['difficulty'];
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
