import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const RULE = KIND_CODES.rule;

/** A rule that cites nothing. */
export const ruleWithoutAuthority: GapRule = {
  id: 'rule-without-authority',
  severity: 'error',
  check({ scope, nodes, table }) {
    const findings: Finding[] = [];
    const { kinds } = table;
    const { start } = table.citations;
    for (const index of scope) {
      if (kinds[index] !== RULE) continue;
      if (start[index + 1]! > start[index]!) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} cites no authority.`;
      const hint = 'Cite the treaty, case, legislation or resolution that states the rule, with a pinpoint.';
      findings.push(createFinding(ruleWithoutAuthority, node.id, message, hint));
    }
    return findings;
  },
};
