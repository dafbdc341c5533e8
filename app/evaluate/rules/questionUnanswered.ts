import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';

/** A bench question with no prepared answer (an empty body). */
export const questionUnanswered: GapRule = {
  id: 'question-unanswered',
  severity: 'warning',
  check({ nodes }) {
    const findings: Finding[] = [];
    for (const node of nodes) {
      if (node.kind !== 'question' || !node.unanswered) continue;
      const message = `${describeNode(node)} has no prepared answer.`;
      const hint = 'Write the short answer in its body, citing the authority it rests on.';
      findings.push(createFinding(questionUnanswered, node.id, message, hint));
    }
    return findings;
  },
};
