import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const CLAIM = KIND_CODES.claim;

/** A claim with evidence below it but no rule anywhere below it, not looking under counters. */
export const claimWithoutRule: GapRule = {
  id: 'claim-without-rule',
  severity: 'warning',
  check({ scope, nodes, table, ruleBelow, evidenceBelow }) {
    const findings: Finding[] = [];
    const { kinds } = table;
    for (const index of scope) {
      if (kinds[index] !== CLAIM || ruleBelow[index] || !evidenceBelow[index]) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} has evidence but no rule saying why the facts matter.`;
      const hint = 'Add a rule that states the legal test, citing its authority.';
      findings.push(createFinding(claimWithoutRule, node.id, message, hint));
    }
    return findings;
  },
};
