import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const { counter: COUNTER, response: RESPONSE } = KIND_CODES;

/** A counter with no response as a child. */
export const counterUnanswered: GapRule = {
  id: 'counter-unanswered',
  severity: 'warning',
  check({ scope, nodes, table, tree }) {
    const { kinds } = table;
    const { childStart, children } = tree;
    const findings: Finding[] = [];
    for (const index of scope) {
      if (kinds[index] !== COUNTER) continue;
      let answered = false;
      for (let place = childStart[index]!; place < childStart[index + 1]! && !answered; place++) {
        answered = kinds[children[place]!] === RESPONSE;
      }
      if (answered) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} has no response.`;
      const hint = 'Add a response that answers the objection, with the rule and evidence it relies on.';
      findings.push(createFinding(counterUnanswered, node.id, message, hint));
    }
    return findings;
  },
};
