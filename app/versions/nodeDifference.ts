import { bodyCitations } from '../body/bodyText';
import { bodyToMarkdown } from '../body/bodyToMarkdown';
import type { BodyDocument } from '../body/types';
import { NODE_FIELD_NAMES } from '../model/nodeFields';
import type { CitationRef } from '../model/types';
import type { SnapshotNode } from './caseSnapshot';
import type { FieldChange, FieldValue, NodeContent, NodeDifference, NodeFieldName } from './treeDiff';
import { wordEdits } from './wordEdits';

/** Every declared field but the title, which a diff reports as a retitling. */
const FIELDS = NODE_FIELD_NAMES.filter((field): field is NodeFieldName => field !== 'title');

/** A stored field as the API shows it (`disputed` a boolean, `tags` a list). */
function fieldValue(node: SnapshotNode, field: NodeFieldName): FieldValue {
  if (field === 'disputed') return node.disputed === 1;
  if (field === 'tags') return JSON.parse(node.tags) as string[];
  return node[field];
}

const parseBody = (stored: string): BodyDocument =>
  stored === '' ? { type: 'doc', content: [] } : (JSON.parse(stored) as BodyDocument);

/** What an added node holds, as the diff carries it. */
export function nodeContent(node: SnapshotNode): NodeContent {
  return {
    kind: node.kind,
    title: node.title,
    side: node.side,
    mode: node.mode,
    standard: node.standard,
    weight: node.weight,
    assessment: node.assessment,
    disputed: node.disputed === 1,
    tags: JSON.parse(node.tags) as string[],
    speaker: node.speaker,
    minutes: node.minutes,
    difficulty: node.difficulty,
    body: node.body,
  };
}

/** The changes of a node's own content (title, fields, body, citations) between two versions, into `difference`. */
export function compareContent(before: SnapshotNode, after: SnapshotNode, difference: NodeDifference): void {
  if (before.title !== after.title) difference.retitled = { before: before.title, after: after.title };
  const fields: FieldChange<NodeFieldName>[] = [];
  for (const field of FIELDS) {
    if (before[field] === after[field]) continue;
    fields.push({ field, before: fieldValue(before, field), after: fieldValue(after, field) });
  }
  if (fields.length > 0) difference.fields = fields;
  if (before.body === after.body) return;
  const earlier = parseBody(before.body);
  const later = parseBody(after.body);
  difference.body = { edits: wordEdits(bodyToMarkdown(earlier), bodyToMarkdown(later)), stored: after.body };
  const citations = compareCitations(bodyCitations(earlier), bodyCitations(later));
  if (citations) difference.citations = citations;
}

function compareCitations(
  before: CitationRef[],
  after: CitationRef[],
): { added: CitationRef[]; removed: CitationRef[] } | undefined {
  const key = (citation: CitationRef) => `${citation.key}\u0000${citation.pinpoint}`;
  const remaining = new Map<string, number>();
  for (const citation of before) remaining.set(key(citation), (remaining.get(key(citation)) ?? 0) + 1);
  const added: CitationRef[] = [];
  for (const citation of after) {
    const count = remaining.get(key(citation)) ?? 0;
    if (count > 0) remaining.set(key(citation), count - 1);
    else added.push(citation);
  }
  const removed: CitationRef[] = [];
  const unmatched = new Map(remaining);
  for (const citation of before) {
    const count = unmatched.get(key(citation)) ?? 0;
    if (count === 0) continue;
    unmatched.set(key(citation), count - 1);
    removed.push(citation);
  }
  return added.length === 0 && removed.length === 0 ? undefined : { added, removed };
}
