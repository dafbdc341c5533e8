import { NODE_FIELD_COLUMNS } from '../model/nodeFields';
import type { AuthorityType, CaseSide, CitationRef, CitationStyle, NodeKind } from '../model/types';

/** A node of a snapshot: every stored column but the derived text. `body` is the stored JSON ('' when empty). */
export interface SnapshotNode {
  id: number;
  parentId: number | null;
  position: number;
  kind: NodeKind;
  title: string;
  side: string | null;
  mode: string | null;
  standard: string | null;
  weight: string | null;
  assessment: string | null;
  disputed: number;
  tags: string;
  speaker: string | null;
  minutes: number | null;
  difficulty: string | null;
  body: string;
}

/** An authority of a snapshot, as stored (`csl` is JSON text). */
export interface SnapshotAuthority {
  id: number;
  key: string;
  type: AuthorityType;
  short: string;
  csl: string;
}

/** The case's metadata as stored (`settings` is JSON text). */
export interface SnapshotCase {
  title: string;
  forum: string;
  applicant: string;
  respondent: string;
  side: CaseSide;
  citationStyle: CitationStyle;
  settings: string;
}

/** The whole case as it was at one version (or is now), by row id. */
export interface CaseSnapshot {
  caseInfo: SnapshotCase;
  nodes: Map<number, SnapshotNode>;
  authorities: Map<number, SnapshotAuthority>;
  /** The citations of nodes whose body is as stored now (read from the index, so their bodies need no parsing). */
  citations?: Map<number, CitationRef[]>;
}

/**
 * The columns of a node's content, in the order the version triggers store them: every declared field, then the
 * body. A field added to the declaration must be added to the triggers too (a test holds them together).
 */
export const CONTENT_FIELDS = [...NODE_FIELD_COLUMNS, 'body'] as readonly (keyof SnapshotNode)[];

/** The case columns, in the order the version trigger stores them. */
export const CASE_FIELDS = ['title', 'forum', 'applicant', 'respondent', 'side', 'citationStyle', 'settings'] as const;
