import type { OralSettings } from '../model/oral';
import type { AuthorityType, CaseSide, NodeSummary, ProofThresholds, Status } from '../model/types';
import type { Finding } from './finding';

/** What the evaluation reads: the tree in any order (`parentId` null = top level, `position` orders siblings). */
export interface EvaluationInput {
  nodes: readonly NodeSummary[];
  authorities: readonly { key: string; type: AuthorityType }[];
  caseSide: CaseSide;
  thresholds: ProofThresholds;
  /** Each node's citations held against their sources, by node id; absent when the case has no source attached. */
  citationChecks?: ReadonlyMap<number, readonly CitationOutcome[]>;
  /** The oral-argument settings; without them (or without speakers) the oral rules stay silent. */
  oral?: OralSettings;
}

/** What the gap report reads of a citation's check against its source. */
export interface CitationOutcome {
  key: string;
  pinpoint: string;
  state: 'authority-missing' | 'no-source' | 'pinpoint-not-in-source' | 'quote-not-in-source' | 'verified';
  reason: string;
  /** Whether a person has checked it by hand. */
  checked: boolean;
}

/** Status and effective weight of every node but notes, and the gap report in reading order. */
export interface Evaluation {
  statuses: Map<number, Status>;
  weights: Map<number, number>;
  findings: Finding[];
  /** Why a node has its status ("Contested: its evidence “X” is contested."); null for notes and unknown ids. */
  explain(id: number): string | null;
}
