import { type NodeSummary, PROOF_STANDARDS, type ProofThresholds, STATUSES, type Status } from '../model/types';
import { isStandardMet } from './isStandardMet';
import { KIND_CODES } from './kindCodes';
import { quote } from './quote';
import { NO_CODE, NODE_TRAITS, type NodeTable } from './readNodes';
import { isGreater } from './tolerance';
import { NO_STATUS, type NodeWeights } from './weighNodes';

/** What explaining a status reads: the evaluation's arrays and the nodes' titles. */
export interface ExplainContext {
  nodes: readonly NodeSummary[];
  table: NodeTable;
  nodeWeights: NodeWeights;
  thresholds: ProofThresholds;
}

const LABELS: Record<Status, string> = {
  established: 'Established',
  contested: 'Contested',
  unsupported: 'Unsupported',
  defeated: 'Defeated',
};
const { issue: ISSUE, rule: RULE, evidence: EVIDENCE } = KIND_CODES;

/**
 * Why a node has its status, in one sentence that starts with the status: "Contested: its evidence “X” is
 * contested." Null for notes, which have none.
 */
export function explainStatus(context: ExplainContext, index: number): string | null {
  const code = context.nodeWeights.status[index]!;
  if (code === NO_STATUS) return null;
  const status = STATUSES[code]!;
  const kind = context.table.kinds[index]!;
  if (kind === EVIDENCE) return `${LABELS[status]}: ${evidenceReason(context, index, status)}`;
  if (kind === RULE) return `${LABELS[status]}: ${ruleReason(context, index, status)}`;
  return `${LABELS[status]}: ${argumentReason(context, index, status)}`;
}

function evidenceReason(context: ExplainContext, index: number, status: Status): string {
  const { nodes, nodeWeights } = context;
  const node = nodes[index]!;
  const uncited = nodeWeights.uncited[index] === 1;
  if (node.assessment === 'rejected') return 'the evidence is assessed as rejected.';
  if (status === 'defeated') return outweighed(context, index);
  if (status === 'established') return `${node.weight ?? 'moderate'}, accepted evidence with a source.`;
  const reasons: string[] = [];
  if (uncited) reasons.push('it cites no source, and a fact without a source is only an allegation');
  if (node.assessment === 'contested') reasons.push('it is assessed as contested');
  if (node.assessment === null) reasons.push('it is not yet assessed as accepted');
  return `${reasons.join('; ')}.`;
}

function ruleReason(context: ExplainContext, index: number, status: Status): string {
  const node = context.nodes[index]!;
  if (context.nodeWeights.uncited[index] === 1) {
    return node.citations.length > 0
      ? 'the authorities it cites are not in the case.'
      : 'it cites no authority for the rule.';
  }
  if (status === 'defeated') return outweighed(context, index);
  if (status === 'contested') return 'the rule is marked disputed.';
  return 'it cites an authority for the rule.';
}

function argumentReason(context: ExplainContext, index: number, status: Status): string {
  const { table, nodeWeights } = context;
  const count = nodeWeights.supportCount[index]!;
  const any = (table.traits[index]! & NODE_TRAITS.any) !== 0;
  if (count === 0) {
    return table.kinds[index] === ISSUE
      ? 'nothing supports it yet: add the claims that answer it.'
      : 'nothing supports it yet: add a rule and the evidence for it.';
  }
  if (status === 'defeated') return outweighed(context, index);
  if (status === 'unsupported') {
    if (any) return 'none of its alternative grounds holds.';
    return `${childPhrase(context, nodeWeights.firstUnestablished[index]!)}, and every element is needed.`;
  }
  const standardFailure = unmetStandard(context, index);
  if (status === 'contested' && standardFailure === null) return unheldSupport(context, index, any);
  if (status === 'contested') return standardFailure!;
  if (any) return `${childPhrase(context, nodeWeights.strongestSupport[index]!)}, and one ground suffices.`;
  const elements = count === 1 ? 'its only element is established' : `all ${count} elements below it are established`;
  return `${elements}${withstood(context, index)}.`;
}

function unheldSupport(context: ExplainContext, index: number, any: boolean): string {
  const { nodeWeights } = context;
  if (any) {
    return `none of its alternative grounds is established; the strongest, ${childPhrase(context, nodeWeights.strongestSupport[index]!, false)}.`;
  }
  const others = nodeWeights.unestablishedCount[index]! - 1;
  const more = others === 0 ? '' : `, and ${others} other element${others === 1 ? ' is' : 's are'} not established`;
  return `${childPhrase(context, nodeWeights.firstUnestablished[index]!)}${more}.`;
}

/** "its evidence “X” is contested"; without `its`, "“X” (evidence) is contested". */
function childPhrase(context: ExplainContext, child: number, possessive = true): string {
  const node = context.nodes[child]!;
  const status = STATUSES[context.nodeWeights.status[child]!]!;
  const title = node.title.trim() === '' ? `#${node.id}` : quote(node.title);
  const named = possessive ? `its ${node.kind} ${title}` : `${title} (${node.kind})`;
  return `${named} is ${status}`;
}

function outweighed(context: ExplainContext, index: number): string {
  const { nodes, nodeWeights } = context;
  const attacker = nodeWeights.attacker[index]!;
  const node = nodes[attacker]!;
  const title = node.title.trim() === '' ? `#${node.id}` : quote(node.title);
  const con = nodeWeights.con[index]!;
  const base = nodeWeights.base[index]!;
  if (!isGreater(con, base)) {
    return `the ${node.kind} ${title} is as strong as its support (${weightText(con)} each), and an objection that is not outweighed prevails.`;
  }
  return `the ${node.kind} ${title} outweighs it (${weightText(con)} against ${weightText(base)}).`;
}

function withstood(context: ExplainContext, index: number): string {
  const { nodes, nodeWeights } = context;
  const attacker = nodeWeights.attacker[index]!;
  if (attacker < 0 || nodeWeights.con[index]! <= 0) return '';
  const node = nodes[attacker]!;
  const title = node.title.trim() === '' ? `#${node.id}` : quote(node.title);
  return `, and the ${node.kind} ${title} does not outweigh it`;
}

/** The sentence for a standard that the support does not meet, or null when it is met. */
function unmetStandard(context: ExplainContext, index: number): string | null {
  const { table, nodeWeights, thresholds } = context;
  const code = table.standards[index] === NO_CODE ? PROOF_STANDARDS.indexOf('preponderance') : table.standards[index]!;
  const standard = PROOF_STANDARDS[code]!;
  const base = nodeWeights.base[index]!;
  const con = nodeWeights.con[index]!;
  if (isStandardMet(standard, base, con, thresholds)) return null;
  const attack = con > 0 ? ` against an objection of ${weightText(con)}` : '';
  if (standard === 'clear_and_convincing') {
    const { base: needed, margin } = thresholds.clearAndConvincing;
    return `its support of ${weightText(base)}${attack} is not clear and convincing (that needs ${weightText(needed)}, and ${weightText(margin)} more than the strongest objection).`;
  }
  if (standard === 'beyond_reasonable_doubt') {
    const { base: needed, maxCon } = thresholds.beyondReasonableDoubt;
    return `its support of ${weightText(base)}${attack} is not beyond reasonable doubt (that needs ${weightText(needed)}, with no objection above ${weightText(maxCon)}).`;
  }
  return `its support of ${weightText(base)} does not outweigh the objections (${weightText(con)}).`;
}

/** A weight with two decimals, or three when the third counts: 0.90, 0.075. */
function weightText(value: number): string {
  const text = value.toFixed(3);
  return text.endsWith('0') ? text.slice(0, -1) : text;
}
