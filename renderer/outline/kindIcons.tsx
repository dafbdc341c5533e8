import type { NodeKind, Status } from '../../app/model/types';

const LETTERS: Record<NodeKind, string> = {
  issue: '?',
  claim: 'C',
  rule: 'R',
  evidence: 'E',
  counter: '−',
  response: '↩',
  note: '✎',
  question: 'Q',
};

/** What each kind of node is, as the legend explains it. */
export const KIND_MEANINGS: Record<NodeKind, string> = {
  issue: 'A question presented: “Whether …”. Its claims answer it.',
  claim: 'A proposition the side must establish. Its children are its support.',
  rule: 'A legal rule (the major premise), citing its authority.',
  evidence: 'A fact (the minor premise) with its source, a weight and an assessment.',
  counter: 'An objection of the other side that attacks its parent.',
  response: 'An answer to a counter, attacking it.',
  note: 'A drafting note: not evaluated, left out of exports unless asked for.',
  question: 'A question the bench may ask about its parent; its body is the prepared answer. Not evaluated.',
};

/** The small square that marks a node's kind. */
export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <span className={`kind-icon kind-${kind}`} aria-hidden="true">
      {LETTERS[kind]}
    </span>
  );
}

export const STATUS_LABELS: Record<Status, string> = {
  established: 'Established',
  contested: 'Contested',
  unsupported: 'Unsupported',
  defeated: 'Defeated',
};

/**
 * The badge that shows a node's status from the evaluation; hovering it shows why: `reason` when it is known, else
 * the reason of node `nodeId`, asked for then.
 */
export function StatusBadge({
  status,
  reason,
  nodeId,
}: {
  status: Status | null;
  reason?: string | null;
  nodeId?: number;
}) {
  if (!status) return null;
  return (
    <span
      className={`status-badge status-${status}`}
      data-tooltip={reason ?? undefined}
      data-status-of={reason === undefined ? nodeId : undefined}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}

/** A kind's name with a capital, as the UI writes it. */
export const kindLabel = (kind: NodeKind) => kind.charAt(0).toUpperCase() + kind.slice(1);
