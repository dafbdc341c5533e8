import { STATUSES, type Status } from '../model/types';
import { buildCaseTree } from './buildCaseTree';
import { collectFindings } from './collectFindings';
import type { Evaluation, EvaluationInput } from './evaluation';
import { explainStatus } from './explainStatus';
import { buildGapContext } from './gapContext';
import { readNodes } from './readNodes';
import { GAP_RULES } from './rules';
import { NO_STATUS, weighNodes } from './weighNodes';

/** Evaluates a case: every node's status and effective weight, and the gap report in reading order. */
export function evaluate(input: EvaluationInput): Evaluation {
  const table = readNodes(input.nodes, input.authorities);
  const tree = buildCaseTree(table);
  const nodeWeights = weighNodes(table, tree, input.thresholds);
  const statuses = new Map<number, Status>();
  const weights = new Map<number, number>();
  for (let index = 0; index < table.ids.length; index++) {
    const code = nodeWeights.status[index]!;
    if (code === NO_STATUS) continue;
    const id = table.ids[index]!;
    statuses.set(id, STATUSES[code]!);
    weights.set(id, nodeWeights.weight[index]!);
  }
  const context = buildGapContext(
    input.nodes,
    table,
    tree,
    nodeWeights,
    input.caseSide,
    input.citationChecks,
    input.oral,
  );
  const explainContext = { nodes: input.nodes, table, nodeWeights, thresholds: input.thresholds };
  return {
    statuses,
    weights,
    findings: collectFindings(context, GAP_RULES),
    explain: (id) => {
      const index = tree.indexOfId(id);
      return index < 0 ? null : explainStatus(explainContext, index);
    },
  };
}
