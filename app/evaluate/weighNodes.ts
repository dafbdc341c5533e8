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

/** Marks a note or a question in `NodeWeights.status`: they have no status. */
export const NO_STATUS = 255;

const ESTABLISHED = STATUSES.indexOf('established');
const CONTESTED = STATUSES.indexOf('contested');
const UNSUPPORTED = STATUSES.indexOf('unsupported');
const DEFEATED = STATUSES.indexOf('defeated');
const PREPONDERANCE = PROOF_STANDARDS.indexOf('preponderance');
const {
  claim: CLAIM,
  rule: RULE,
  evidence: EVIDENCE,
  counter: COUNTER,
  response: RESPONSE,
  note: NOTE,
  question: QUESTION,
} = KIND_CODES;

/**
 * Per node index: its status as an index into `STATUSES` (or `NO_STATUS`) and its effective weight, with what
 * decided them (its base, its strongest attack and which children count), so that a status can be explained.
 */
export interface NodeWeights {
  status: Uint8Array;
  weight: Float64Array;
  base: Float64Array;
  /** The largest effective weight among the attacking children (0 when none). */
  con: Float64Array;
  /** The index of the attacking child with the largest effective weight, or -1. */
  attacker: Int32Array;
  /** The number of supporting children (claims, rules, evidence). */
  supportCount: Int32Array;
  /** The number of supporting children that are not established. */
  unestablishedCount: Int32Array;
  /** The first supporting child in reading order that is not established, or -1. */
  firstUnestablished: Int32Array;
  /** The supporting child with the largest effective weight (the first of equals), or -1. */
  strongestSupport: Int32Array;
  /** Per node: 1 when it is evidence or a rule that cites no authority of the case. */
  uncited: Uint8Array;
}

/** Computes every node's status and effective weight bottom-up, in one pass over the reversed reading order. */
export function weighNodes(table: NodeTable, tree: CaseTree, thresholds: ProofThresholds): NodeWeights {
  const { kinds } = table;
  const { preorder, parentIndex } = tree;
  const weights = emptyWeights(kinds.length);
  const { status, weight, base: bases, con } = weights;
  const supportMin = new Float64Array(kinds.length).fill(1);
  const supportMax = new Float64Array(kinds.length).fill(-1);
  for (let place = kinds.length - 1; place >= 0; place--) {
    const index = preorder[place]!;
    const kind = kinds[index]!;
    if (kind === NOTE || kind === QUESTION) {
      status[index] = NO_STATUS;
      continue;
    }
    const { base, standard, unsettled, rejected } = baseOf(table, weights, index, supportMin, supportMax);
    const code = statusOf(base, con[index]!, unsettled, rejected, PROOF_STANDARDS[standard]!, thresholds);
    const held = kind === RULE || kind === EVIDENCE || supportHolds(table, weights, index);
    status[index] = code === ESTABLISHED && !held ? CONTESTED : code;
    bases[index] = base;
    weight[index] = status[index] === ESTABLISHED ? base : status[index] === CONTESTED ? base / 2 : 0;

    const parent = parentIndex[index]!;
    if (parent < 0) continue;
    if (kind === CLAIM || kind === RULE || kind === EVIDENCE) {
      countSupport(weights, parent, index, supportMin, supportMax);
    } else if (kind === COUNTER || (kind === RESPONSE && kinds[parent] === COUNTER)) {
      // Children are met last to first, so `>=` keeps the first of equally strong attackers.
      if (weight[index]! >= con[parent]!) {
        con[parent] = weight[index]!;
        weights.attacker[parent] = index;
      }
    }
  }
  return weights;
}

function emptyWeights(count: number): NodeWeights {
  return {
    status: new Uint8Array(count),
    weight: new Float64Array(count),
    base: new Float64Array(count),
    con: new Float64Array(count),
    attacker: new Int32Array(count).fill(-1),
    supportCount: new Int32Array(count),
    unestablishedCount: new Int32Array(count),
    firstUnestablished: new Int32Array(count).fill(-1),
    strongestSupport: new Int32Array(count).fill(-1),
    uncited: new Uint8Array(count),
  };
}

interface BaseOfNode {
  base: number;
  standard: number;
  /** Contested at best: contested or uncited evidence, a disputed rule. */
  unsettled: boolean;
  rejected: boolean;
}

function baseOf(
  table: NodeTable,
  weights: NodeWeights,
  index: number,
  supportMin: Float64Array,
  supportMax: Float64Array,
): BaseOfNode {
  const kind = table.kinds[index]!;
  const trait = table.traits[index]!;
  if (kind === EVIDENCE) {
    const weightCode = table.weights[index]!;
    const assessmentCode = table.assessments[index]!;
    const assessment = assessmentCode === NO_CODE ? EVIDENCE_DEFAULTS.assessment : ASSESSMENTS[assessmentCode]!;
    const cited = citesExistingAuthority(table.citations, index);
    weights.uncited[index] = cited ? 0 : 1;
    const base = evidenceBase(weightCode === NO_CODE ? null : WEIGHTS[weightCode]!, assessment, cited);
    const rejected = assessment === 'rejected';
    return { base, standard: PREPONDERANCE, unsettled: !rejected && (assessment === 'contested' || !cited), rejected };
  }
  if (kind === RULE) {
    const disputed = (trait & NODE_TRAITS.disputed) !== 0;
    const cited = citesExistingAuthority(table.citations, index);
    weights.uncited[index] = cited ? 0 : 1;
    return { base: ruleBase(cited, disputed), standard: PREPONDERANCE, unsettled: disputed, rejected: false };
  }
  const count = weights.supportCount[index]!;
  const base = count === 0 ? 0 : trait & NODE_TRAITS.any ? supportMax[index]! : supportMin[index]!;
  const standard = table.standards[index] === NO_CODE ? PREPONDERANCE : table.standards[index]!;
  return { base, standard, unsettled: false, rejected: false };
}

/** The amendment "support must hold to establish": every supporting child established (`all`), or one (`any`). */
function supportHolds(table: NodeTable, weights: NodeWeights, index: number): boolean {
  const established = weights.supportCount[index]! - weights.unestablishedCount[index]!;
  if (table.traits[index]! & NODE_TRAITS.any) return established > 0;
  return weights.unestablishedCount[index] === 0;
}

function countSupport(
  weights: NodeWeights,
  parent: number,
  child: number,
  supportMin: Float64Array,
  supportMax: Float64Array,
): void {
  const effective = weights.weight[child]!;
  weights.supportCount[parent]!++;
  if (weights.status[child] !== ESTABLISHED) {
    weights.unestablishedCount[parent]!++;
    weights.firstUnestablished[parent] = child;
  }
  if (effective < supportMin[parent]!) supportMin[parent] = effective;
  if (effective >= supportMax[parent]!) {
    supportMax[parent] = effective;
    weights.strongestSupport[parent] = child;
  }
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
  // Contested or uncited evidence and disputed rules stay contested at best: an objection must never raise them.
  if (unsettled) return CONTESTED;
  return isStandardMet(standard, base, attack, thresholds) ? ESTABLISHED : CONTESTED;
}

function citesExistingAuthority({ start, authority }: CitationTable, index: number): boolean {
  for (let place = start[index]!; place < start[index + 1]!; place++) {
    if (authority[place]! >= 0) return true;
  }
  return false;
}
