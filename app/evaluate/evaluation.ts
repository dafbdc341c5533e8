import type { OralSettings } from '../model/oral';
import type { AuthorityType, CaseSide, NodeSummary, ProofThresholds, Status } from '../model/types';
import type { Finding } from './finding';

/** What the evaluation reads: the tree in any order (`parentId` null = top level, `position` orders siblings). */
export interface EvaluationInput {
  nodes: readonly NodeSummary[];
  authorities: readonly { key: string; type: AuthorityType }[];
  caseSide: CaseSide;
  thresholds: ProofThresholds;
  /** The oral-argument settings; without them (or without speakers) the oral rules stay silent. */
  oral?: OralSettings;
}

/** Status and effective weight of every node but notes, and the gap report in reading order. */
export interface Evaluation {
  statuses: Map<number, Status>;
  weights: Map<number, number>;
  findings: Finding[];
  /** Why a node has its status ("Contested: its evidence “X” is contested."); null for notes and unknown ids. */
  explain(id: number): string | null;
}
