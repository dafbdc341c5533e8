import type { NodeKind, NodeSummary } from '../model/types';
import { quote } from './quote';

const KIND_LABELS: Record<NodeKind, string> = {
  issue: 'Issue',
  claim: 'Claim',
  rule: 'Rule',
  evidence: 'Evidence',
  counter: 'Counter',
  response: 'Response',
  note: 'Note',
  question: 'Question',
};

/** Names a node at the start of a message: its kind and quoted title, e.g. `Claim “The transfer was unlawful”`. */
export function describeNode(node: NodeSummary): string {
  const label = KIND_LABELS[node.kind];
  return node.title.trim() === '' ? `Untitled ${label.toLowerCase()} #${node.id}` : `${label} ${quote(node.title)}`;
}
