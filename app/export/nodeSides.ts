import type { DocumentNode } from '../interchange/documentSchema';
import type { Side } from '../model/types';

/** The other side. */
export function opposite(side: Side): Side {
  return side === 'applicant' ? 'respondent' : 'applicant';
}

/**
 * Whose each node is: its own `side`, else a counter or response opposes its parent and every other kind
 * shares its parent's side; top-level nodes without one belong to `topSide`.
 */
export function assignSides(nodes: readonly DocumentNode[], topSide: Side): Map<DocumentNode, Side> {
  const sides = new Map<DocumentNode, Side>();
  const stack: { node: DocumentNode; parentSide: Side | null }[] = nodes.map((node) => ({ node, parentSide: null }));
  while (stack.length > 0) {
    const { node, parentSide } = stack.pop()!;
    const opposes = node.kind === 'counter' || node.kind === 'response';
    const inherited = parentSide === null ? topSide : opposes ? opposite(parentSide) : parentSide;
    const side = node.side ?? inherited;
    sides.set(node, side);
    for (const child of node.children ?? []) stack.push({ node: child, parentSide: side });
  }
  return sides;
}
