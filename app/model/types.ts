import type { NodeFields } from './nodeFields';
import type { OralSettings } from './oral';

/** The vocabulary of a case, shared by the store, the evaluation, the interchange format and the UI. */

export const NODE_KINDS = ['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note', 'question'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const SIDES = ['applicant', 'respondent'] as const;
export type Side = (typeof SIDES)[number];

export const CASE_SIDES = ['applicant', 'respondent', 'both'] as const;
export type CaseSide = (typeof CASE_SIDES)[number];

export const MODES = ['all', 'any'] as const;
export type Mode = (typeof MODES)[number];

export const PROOF_STANDARDS = [
  'scintilla',
  'preponderance',
  'clear_and_convincing',
  'beyond_reasonable_doubt',
] as const;
export type ProofStandard = (typeof PROOF_STANDARDS)[number];

export const WEIGHTS = ['strong', 'moderate', 'weak'] as const;
export type Weight = (typeof WEIGHTS)[number];

export const ASSESSMENTS = ['accepted', 'contested', 'rejected'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const STATUSES = ['established', 'contested', 'unsupported', 'defeated'] as const;
export type Status = (typeof STATUSES)[number];

export const AUTHORITY_TYPES = [
  'treaty',
  'un_document',
  'case',
  'legislation',
  'book',
  'article',
  'report',
  'webpage',
  'other',
] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

export const CITATION_STYLES = ['oscola', 'bluebook'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Node kinds that carry a proof standard. */
export const KINDS_WITH_STANDARD: readonly NodeKind[] = ['issue', 'claim', 'counter', 'response'];

/** Node kinds the evaluation does not weigh: they have no status. */
export const UNWEIGHED_KINDS: readonly NodeKind[] = ['note', 'question'];

/** Node kinds that may be given a speaker and minutes in the oral argument. */
export const KINDS_WITH_SPEAKER: readonly NodeKind[] = ['issue', 'claim', 'counter', 'response'];

/** Thresholds of the two demanding proof standards; case settings a user may change. */
export interface ProofThresholds {
  clearAndConvincing: { base: number; margin: number };
  beyondReasonableDoubt: { base: number; maxCon: number };
}

export const DEFAULT_THRESHOLDS: ProofThresholds = {
  clearAndConvincing: { base: 0.7, margin: 0.3 },
  beyondReasonableDoubt: { base: 0.9, maxCon: 0.1 },
};

/** From how many citing places an Index of Authorities writes "passim" instead of listing them. */
export const DEFAULT_PASSIM_THRESHOLD = 5;
/** The range a case's "passim" threshold may take. */
export const PASSIM_THRESHOLD_RANGE = { min: 2, max: 100 } as const;

/** The argument map's layouts: top-down, or left to right. */
export const MAP_DIRECTIONS = ['down', 'right'] as const;
export type MapDirection = (typeof MAP_DIRECTIONS)[number];

/** Word limits of a document's parts (by the part's id, as the export's layouts name them), as a moot's rules set them. */
export type WordLimits = Readonly<Partial<Record<string, number>>>;

/** A citation as it stands in a node's body: the authority's key and an optional pinpoint. */
export interface CitationRef {
  key: string;
  pinpoint: string;
}

/** Case metadata. */
export interface CaseInfo {
  title: string;
  forum: string;
  applicant: string;
  respondent: string;
  side: CaseSide;
  citationStyle: CitationStyle;
  thresholds: ProofThresholds;
  /** An authority cited in this many places or more is indexed as "passim". */
  passimThreshold: number;
  /** Word limits per document part; a part without one has no limit. */
  wordLimits: WordLimits;
  /** How the argument map is laid out: top-down (conclusions above their support) or left to right. */
  mapDirection: MapDirection;
  /** Who argues for how long, and the clock's time cards. */
  oral: OralSettings;
}

/**
 * What the evaluation and the outline need of a node: everything but the body.
 * `citations` are the node's citations in reading order.
 */
export interface NodeSummary extends NodeFields {
  id: number;
  parentId: number | null;
  position: number;
  /** A question whose prepared answer (its body) is empty. */
  unanswered?: boolean;
  citations: CitationRef[];
}

/** An authority (a source) with its bibliographic data as CSL-JSON. */
export interface Authority {
  id: number;
  key: string;
  type: AuthorityType;
  short: string;
  csl: CslItem;
}

/** A CSL-JSON item, as Zotero writes it. Only the fields Casewright reads are typed. */
export interface CslItem {
  type?: string;
  title?: string;
  'title-short'?: string;
  'container-title'?: string;
  'collection-title'?: string;
  number?: string;
  volume?: string;
  page?: string;
  'page-first'?: string;
  issued?: CslDate;
  'event-date'?: CslDate;
  accessed?: CslDate;
  author?: CslName[];
  editor?: CslName[];
  authority?: string;
  publisher?: string;
  'publisher-place'?: string;
  edition?: string | number;
  URL?: string;
  DOI?: string;
  note?: string;
  genre?: string;
  references?: string;
  section?: string;
  [field: string]: unknown;
}

export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  literal?: string;
  raw?: string;
  /** The date is approximate (EDTF "~"): CSL-JSON writes true, Zotero sometimes 1 or "true". */
  circa?: boolean | number | string;
  /** 1–4: spring, summer, autumn, winter (EDTF 21–24). */
  season?: number | string;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  suffix?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
}
