import {
  ASSESSMENTS,
  PROOF_STANDARDS,
  type ProofStandard,
  type ProofThresholds,
  STATUSES,
  WEIGHTS,
} from '../model/types';
import type { CaseTree } from './buildCaseTree';
import { EVIDENCE_DEFAULTS, evidenceBase } from './evidenceBase';
import { isStandardMet } from './isStandardMet';
import { KIND_CODES } from './kindCodes';
import { type CitationTable, NO_CODE, NODE_TRAITS, type NodeTable } from './readNodes';
import { ruleBase } from './ruleBase';
import { isAtLeast, TOLERANCE } from './tolerance';

/** Marks a note in `NodeWeights.status`: notes have no status. */
export const NO_STATUS = 255;

const ESTABLISHED = STATUSES.indexOf('established');
const CONTESTED = STATUSES.indexOf('contested');
const UNSUPPORTED = STATUSES.indexOf('unsupported');
const DEFEATED = STATUSES.indexOf('defeated');
const PREPONDERANCE = PROOF_STANDARDS.indexOf('preponderance');
const { claim: CLAIM, rule: RULE, evidence: EVIDENCE, counter: COUNTER, response: RESPONSE, note: NOTE } = KIND_CODES;

/** Per node index: its status as an index into `STATUSES` (or `NO_STATUS`), and its effective weight. */
export interface NodeWeights {
  status: Uint8Array;
  weight: Float64Array;
}

/** Computes every node's status and effective weight bottom-up, in one pass over the reversed reading order. */
export function weighNodes(table: NodeTable, tree: CaseTree, thresholds: ProofThresholds): NodeWeights {
  const { kinds, traits, standards, weights, assessments, citations } = table;
  const { preorder, parentIndex } = tree;
  const count = kinds.length;
  const status = new Uint8Array(count);
  const weight = new Float64Array(count);
  const supportCount = new Int32Array(count);
  const supportMin = new Float64Array(count).fill(1);
  const supportMax = new Float64Array(count);
  const con = new Float64Array(count);
  for (let place = count - 1; place >= 0; place--) {
    const index = preorder[place]!;
    const kind = kinds[index]!;
    if (kind === NOTE) {
      status[index] = NO_STATUS;
      continue;
    }
    const trait = traits[index]!;
    let base: number;
    let standard = PREPONDERANCE;
    let unsettled = false;
    let rejected = false;
    if (kind === EVIDENCE) {
      const weightCode = weights[index]!;
      const assessmentCode = assessments[index]!;
      const assessment = assessmentCode === NO_CODE ? EVIDENCE_DEFAULTS.assessment : ASSESSMENTS[assessmentCode]!;
      base = evidenceBase(weightCode === NO_CODE ? null : WEIGHTS[weightCode]!, assessment);
      unsettled = assessment === 'contested';
      rejected = assessment === 'rejected';
    } else if (kind === RULE) {
      unsettled = (trait & NODE_TRAITS.disputed) !== 0;
      base = ruleBase(citesExistingAuthority(citations, index), unsettled);
    } else {
      if (supportCount[index] === 0) base = 0;
      else base = trait & NODE_TRAITS.any ? supportMax[index]! : supportMin[index]!;
      if (standards[index] !== NO_CODE) standard = standards[index]!;
    }
    const attack = con[index]!;
    const code = statusOf(base, attack, unsettled, rejected, PROOF_STANDARDS[standard]!, thresholds);
    const effective = code === ESTABLISHED ? base : code === CONTESTED ? base / 2 : 0;
    status[index] = code;
    weight[index] = effective;

    const parent = parentIndex[index]!;
    if (parent < 0) continue;
    const parentKind = kinds[parent]!;
    if (kind === CLAIM || kind === RULE || kind === EVIDENCE) {
      supportCount[parent]!++;
      if (effective < supportMin[parent]!) supportMin[parent] = effective;
      if (effective > supportMax[parent]!) supportMax[parent] = effective;
    } else if (kind === COUNTER || (kind === RESPONSE && parentKind === COUNTER)) {
      if (effective > con[parent]!) con[parent] = effective;
    }
  }
  return { status, weight };
}

function statusOf(
  base: number,
  attack: number,
  unsettled: boolean,
  rejected: boolean,
  standard: ProofStandard,
  thresholds: ProofThresholds,
): number {
  if (base <= TOLERANCE) return rejected ? DEFEATED : UNSUPPORTED;
  if (isAtLeast(attack, base) && attack > TOLERANCE && !isStandardMet(standard, base, attack, thresholds))
    return DEFEATED;
  // Contested evidence and disputed rules stay contested at best: an objection must never raise them.
  if (unsettled) return CONTESTED;
  return isStandardMet(standard, base, attack, thresholds) ? ESTABLISHED : CONTESTED;
}

function citesExistingAuthority({ start, authority }: CitationTable, index: number): boolean {
  for (let place = start[index]!; place < start[index + 1]!; place++) {
    if (authority[place]! >= 0) return true;
  }
  return false;
}
