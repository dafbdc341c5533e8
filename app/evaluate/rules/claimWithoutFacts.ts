import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const CLAIM = KIND_CODES.claim;

/** A claim with a rule below it but no evidence anywhere below it, not looking under counters. */
export const claimWithoutFacts: GapRule = {
  id: 'claim-without-facts',
  severity: 'warning',
  check({ scope, nodes, table, ruleBelow, evidenceBelow }) {
    const findings: Finding[] = [];
    const { kinds } = table;
    for (const index of scope) {
      if (kinds[index] !== CLAIM || !ruleBelow[index] || evidenceBelow[index]) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} states a rule but no evidence of the facts it requires.`;
      const hint = 'Add evidence for each fact the rule requires, citing its source.';
      findings.push(createFinding(claimWithoutFacts, node.id, message, hint));
    }
    return findings;
  },
};
