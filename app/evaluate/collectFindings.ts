import type { Finding } from './finding';
import type { GapContext } from './gapContext';
import type { GapRule } from './gapRule';

/** Runs the gap rules and orders their findings: by node in reading order, then by rule; authority findings last, by key. */
export function collectFindings(context: GapContext, rules: readonly GapRule[]): Finding[] {
  const { indexOfId, rank } = context.tree;
  const nodeFindings: Finding[] = [];
  const places: number[] = [];
  const authorityFindings: Finding[] = [];
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      const index = finding.nodeId === null ? -1 : indexOfId(finding.nodeId);
      if (index < 0) {
        authorityFindings.push(finding);
      } else {
        nodeFindings.push(finding);
        places.push(rank[index]!);
      }
    }
  }
  const ordered = orderByPlace(nodeFindings, places, rank.length);
  authorityFindings.sort(byAuthorityKey);
  for (const finding of authorityFindings) ordered.push(finding);
  return ordered;
}

function orderByPlace(findings: readonly Finding[], places: readonly number[], placeCount: number): Finding[] {
  const start = new Int32Array(placeCount + 1);
  for (const place of places) start[place + 1]!++;
  for (let place = 1; place <= placeCount; place++) start[place]! += start[place - 1]!;
  const ordered = new Array<Finding>(findings.length);
  for (let position = 0; position < findings.length; position++) {
    ordered[start[places[position]!]!++] = findings[position]!;
  }
  return ordered;
}

function byAuthorityKey(first: Finding, second: Finding): number {
  const firstKey = first.authorityKey ?? '';
  const secondKey = second.authorityKey ?? '';
  return firstKey < secondKey ? -1 : firstKey > secondKey ? 1 : 0;
}
