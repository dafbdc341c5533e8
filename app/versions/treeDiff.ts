import type { NodeFieldName as DeclaredField } from '../model/nodeFields';
import type { CitationRef, NodeKind, Status } from '../model/types';

/** A run of text that is the same in both versions, or only in the later one, or only in the earlier one. */
export interface TextEdit {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Where a node is: its parent (null: top level) and its index among its siblings. */
export interface NodePlace {
  parentId: number | null;
  index: number;
}

/** A field of a node (other than its title and body) as the API shows it. */
export type NodeFieldName = Exclude<DeclaredField, 'title'>;
export type FieldValue = string | number | boolean | string[] | null;

export interface FieldChange<Name extends string = string> {
  field: Name;
  before: FieldValue;
  after: FieldValue;
}

/** The stored content of a node, to add it back (`body` is the stored JSON, '' when empty). */
export interface NodeContent {
  kind: NodeKind;
  title: string;
  side: string | null;
  mode: string | null;
  standard: string | null;
  weight: string | null;
  assessment: string | null;
  disputed: boolean;
  tags: string[];
  speaker: string | null;
  minutes: number | null;
  difficulty: string | null;
  body: string;
}

/** How one node differs between the two versions; nodes that do not differ are not listed. */
export interface NodeDifference {
  id: number;
  change: 'added' | 'removed' | 'changed';
  kind: NodeKind;
  /** The title in the later version (the earlier one for a removed node). */
  title: string;
  /** Depth in the tree it is listed from (0: top level). */
  depth: number;
  /** The place in the later version, for an added or moved node. */
  place?: NodePlace;
  moved?: { from: NodePlace; to: NodePlace };
  retitled?: { before: string; after: string };
  fields?: FieldChange<NodeFieldName>[];
  /** The body edited word by word (its Markdown text), with the later stored body. */
  body?: { edits: TextEdit[]; stored: string };
  citations?: { added: CitationRef[]; removed: CitationRef[] };
  /** The status changed (as a result of this or other changes). */
  status?: { before: Status | null; after: Status | null };
  /** What an added node holds. */
  content?: NodeContent;
}

/** An authority added, removed or changed (matched by key). */
export interface AuthorityDifference {
  key: string;
  change: 'added' | 'removed' | 'changed';
  short: string;
  /** Which of its parts changed. */
  fields?: ('type' | 'short' | 'csl')[];
  /** The stored authority in the later version (added or changed). */
  stored?: { type: string; short: string; csl: string };
}

/** What differs between two versions of a case: nodes in the later version's reading order, then removed ones. */
export interface TreeDiff {
  from: string;
  to: string;
  nodes: NodeDifference[];
  authorities: AuthorityDifference[];
  caseInfo: FieldChange[];
  counts: { added: number; removed: number; moved: number; edited: number; statusChanged: number };
}
