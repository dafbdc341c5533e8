import { SIDES } from '../../model/types';
import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const { claim: CLAIM, counter: COUNTER } = KIND_CODES;
const HINTS = SIDES.map(
  (_, side) => `Add a counter with the ${SIDES[1 - side]}'s best objection, so that the answer to it can be prepared.`,
);

/** In a case prepared for both sides, a claim with no counter child of the other side. */
export const sideUnanswered: GapRule = {
  id: 'side-unanswered',
  severity: 'warning',
  check({ scope, nodes, table, tree, caseSide, effectiveSide }) {
    if (caseSide !== 'both') return [];
    const { kinds } = table;
    const { childStart, children } = tree;
    const findings: Finding[] = [];
    for (const index of scope) {
      if (kinds[index] !== CLAIM) continue;
      const side = effectiveSide[index]!;
      let answered = false;
      for (let place = childStart[index]!; place < childStart[index + 1]! && !answered; place++) {
        const child = children[place]!;
        answered = kinds[child] === COUNTER && effectiveSide[child] !== side;
      }
      if (answered) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} of the ${SIDES[side]} has no counter from the ${SIDES[1 - side]}.`;
      findings.push(createFinding(sideUnanswered, node.id, message, HINTS[side]!));
    }
    return findings;
  },
};
