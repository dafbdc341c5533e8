import type { NodeSummary, Side } from '../model/types';

/**
 * Each node's side: its own, else its parent's, the opposite for a counter or a response; the applicant's at the top.
 * (`nodes` in reading order, so a parent comes before its children.)
 */
export function effectiveSides(nodes: readonly NodeSummary[]): Map<number, Side> {
  const sides = new Map<number, Side>();
  for (const node of nodes) {
    if (node.side) {
      sides.set(node.id, node.side);
      continue;
    }
    const parentSide = node.parentId === null ? undefined : sides.get(node.parentId);
    if (!parentSide) sides.set(node.id, 'applicant');
    else if (node.kind === 'counter' || node.kind === 'response') {
      sides.set(node.id, parentSide === 'applicant' ? 'respondent' : 'applicant');
    } else sides.set(node.id, parentSide);
  }
  return sides;
}
