import type { NodeKind, Status } from '../../app/model/types';

const LETTERS: Record<NodeKind, string> = {
  issue: '?',
  claim: 'C',
  rule: 'R',
  evidence: 'E',
  counter: '−',
  response: '↩',
  note: '✎',
};

/** The small square that marks a node's kind. */
export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <span className={`kind-icon kind-${kind}`} aria-hidden="true">
      {LETTERS[kind]}
    </span>
  );
}

const STATUS_LABELS: Record<Status, string> = {
  established: 'Established',
  contested: 'Contested',
  unsupported: 'Unsupported',
  defeated: 'Defeated',
};

/** The badge that shows a node's status from the evaluation. */
export function StatusBadge({ status }: { status: Status | null }) {
  if (!status) return null;
  return <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** A kind's name with a capital, as the UI writes it. */
export const kindLabel = (kind: NodeKind) => kind.charAt(0).toUpperCase() + kind.slice(1);
