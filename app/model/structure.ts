import { KINDS_WITH_STANDARD, type NodeKind } from './types';

/** The kind a new child of a node usually has: a claim under an issue, a rule under a claim, and so on. */
export function childKindFor(kind: NodeKind): NodeKind {
  switch (kind) {
    case 'issue':
      return 'claim';
    case 'claim':
      return 'rule';
    case 'counter':
      return 'response';
    case 'response':
      return 'evidence';
    default:
      return 'note';
  }
}

/**
 * The kind a node takes when it comes to stand under a parent of `parentKind` (null: at the top level), as when it is
 * indented, outdented or moved. It keeps its kind where that kind can stand. An issue is a question presented and
 * stands only at the top level: below a node it becomes what a new child of that node would be (a claim under an
 * issue). A response answers a counter: elsewhere it attacks its parent, so it is a counter; and a counter under a
 * counter answers it, so it is a response.
 */
export function kindUnder(parentKind: NodeKind | null, kind: NodeKind): NodeKind {
  if (parentKind === null) return kind;
  if (kind === 'issue') return childKindFor(parentKind);
  if (kind === 'response' && parentKind !== 'counter') return 'counter';
  if (kind === 'counter' && parentKind === 'counter') return 'response';
  return kind;
}

/** Whether a kind carries a mode and a proof standard. */
export function hasStandard(kind: NodeKind): boolean {
  return KINDS_WITH_STANDARD.includes(kind);
}
