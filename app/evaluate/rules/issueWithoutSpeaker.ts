import { SIDES, type Side } from '../../model/types';
import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapContext } from '../gapContext';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const ISSUE = KIND_CODES.issue;

/** The sides whose speakers must cover every issue: the case's side (both under "both") that has speakers. */
function arguingSides({ caseSide, oral }: GapContext): Side[] {
  const sides = caseSide === 'both' ? SIDES : [caseSide];
  return sides.filter((side) => oral.speakers.some((speaker) => speaker.side === side));
}

/** An issue that none of a side's speakers argues: neither the issue nor anything below it has one of them as speaker. */
export const issueWithoutSpeaker: GapRule = {
  id: 'issue-without-speaker',
  severity: 'warning',
  check(context) {
    const { nodes, table, tree, oral } = context;
    const sides = arguingSides(context);
    if (sides.length === 0) return [];
    const sideOf = new Map(oral.speakers.map((speaker) => [speaker.name, speaker.side]));
    const findings: Finding[] = [];
    for (let index = 0; index < nodes.length; index++) {
      if (table.kinds[index] !== ISSUE) continue;
      const covered = new Set<Side>();
      const stack = [index];
      while (stack.length > 0) {
        const current = stack.pop()!;
        const side = sideOf.get(nodes[current]!.speaker ?? '');
        if (side) covered.add(side);
        for (let place = tree.childStart[current]!; place < tree.childStart[current + 1]!; place++) {
          stack.push(tree.children[place]!);
        }
      }
      for (const side of sides) {
        if (covered.has(side)) continue;
        const node = nodes[index]!;
        const message = `${describeNode(node)} has no speaker of the ${side}.`;
        const hint = `Give the issue, or its claims, one of the ${side}'s speakers and the minutes they will spend on it.`;
        findings.push(createFinding(issueWithoutSpeaker, node.id, message, hint));
      }
    }
    return findings;
  },
};
