import type { NodeKind } from '../../model/types';
import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const HINTS: Partial<Record<NodeKind, string>> = {
  issue: 'Add the claims that answer the issue.',
  claim: 'Add a rule that states the legal test, citing its authority, and evidence for each fact it requires.',
  counter: 'Add the rule and evidence the objection relies on, so that its strength can be weighed.',
  response: 'Add the rule and evidence that answer the objection.',
};
const { issue: ISSUE, claim: CLAIM, rule: RULE, evidence: EVIDENCE, counter: COUNTER, response: RESPONSE } = KIND_CODES;

/** An issue, claim, counter or response with no claim, rule or evidence as a child. */
export const claimUnsupported: GapRule = {
  id: 'claim-unsupported',
  severity: 'error',
  check({ scope, nodes, table, tree }) {
    const { kinds } = table;
    const { childStart, children } = tree;
    const findings: Finding[] = [];
    for (const index of scope) {
      const kind = kinds[index];
      if (kind !== ISSUE && kind !== CLAIM && kind !== COUNTER && kind !== RESPONSE) continue;
      let supported = false;
      for (let place = childStart[index]!; place < childStart[index + 1]! && !supported; place++) {
        const childKind = kinds[children[place]!];
        supported = childKind === CLAIM || childKind === RULE || childKind === EVIDENCE;
      }
      if (supported) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} has nothing supporting it: no claim, rule or evidence below it.`;
      findings.push(createFinding(claimUnsupported, node.id, message, HINTS[node.kind]!));
    }
    return findings;
  },
};
