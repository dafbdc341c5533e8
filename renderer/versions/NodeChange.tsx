import { useMemo } from 'react';
import { bodyToMarkdown } from '../../app/body/bodyToMarkdown';
import type { BodyDocument } from '../../app/body/types';
import { NODE_FIELDS } from '../../app/model/nodeFields';
import type { FieldValue, NodeDifference, NodePlace } from '../../app/versions/treeDiff';
import { STATUS_LABELS } from '../outline/kindIcons';
import { readingText } from './readingText';
import { type RedlineSide, Replaced, TextRedline } from './TextRedline';
import { titleEdits } from './titleEdits';

/** How a field's value reads in a comparison. */
export function fieldText(value: FieldValue): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return String(value).replace(/_/g, ' ');
}

/** An added node's stored body as Markdown ('' for none). */
function storedBodyText(stored: string | undefined): string {
  if (!stored) return '';
  return bodyToMarkdown(JSON.parse(stored) as BodyDocument);
}

/** What happened to a node, in a word or two ("Added", "Moved, edited"). */
export function changeSummary(difference: NodeDifference): string {
  if (difference.change === 'added') return 'Added';
  if (difference.change === 'removed') return 'Removed';
  const parts: string[] = [];
  if (difference.moved) parts.push('moved');
  if (difference.retitled || difference.fields || difference.body) parts.push('edited');
  if (difference.status) parts.push('status changed');
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a node went, in a sentence: within its parent, or from one parent to another. */
export function moveSentence(
  moved: { from: NodePlace; to: NodePlace },
  side: RedlineSide,
  parentName: (parentId: number | null) => string,
): string {
  const place = ({ parentId, index }: NodePlace) =>
    `${parentId === null ? 'at' : 'under'} ${parentName(parentId)} (position ${index + 1})`;
  if (side === 'before') return `Was ${place(moved.from)}.`;
  if (side === 'after') return `Now ${place(moved.to)}.`;
  if (moved.from.parentId === moved.to.parentId) {
    const within = moved.to.parentId === null ? 'at the top level' : `within ${parentName(moved.to.parentId)}`;
    return `Moved ${within} from position ${moved.from.index + 1} to ${moved.to.index + 1}.`;
  }
  return `Moved from ${place(moved.from)} to ${place(moved.to)}.`;
}

/** One node's changes: its title, the move, its fields, its body word by word, its citations and its status. */
export function NodeChange({
  difference,
  side,
  parentName,
}: {
  difference: NodeDifference;
  side: RedlineSide;
  /** “Its title”, or “the top level” for null. */
  parentName: (parentId: number | null) => string;
}) {
  const { change, retitled, moved, fields, body, citations, status } = difference;
  const addedBody = useMemo(() => storedBodyText(difference.content?.body), [difference.content?.body]);
  const shows = (which: 'before' | 'after') => side === 'both' || side === which;
  let title = <span>{difference.title}</span>;
  if (retitled) title = <TextRedline edits={titleEdits(retitled.before, retitled.after)} side={side} />;
  else if (change === 'added') title = shows('after') ? <ins>{difference.title}</ins> : <span />;
  else if (change === 'removed') title = shows('before') ? <del>{difference.title}</del> : <span />;
  return (
    <div className="node-change-side">
      <div className="node-change-title">{title}</div>
      {moved && <p className="node-change-line moved-line">{moveSentence(moved, side, parentName)}</p>}
      {fields && (
        <dl className="node-change-fields">
          {fields.map((field) => (
            <div key={field.field}>
              <dt>{NODE_FIELDS[field.field].label}</dt>
              <dd>
                <Replaced before={fieldText(field.before)} after={fieldText(field.after)} side={side} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {body && (
        <p className="node-change-body">
          <TextRedline edits={body.edits} side={side} markdown />
        </p>
      )}
      {addedBody && shows('after') && (
        <p className="node-change-body">
          <ins>{readingText(addedBody)}</ins>
        </p>
      )}
      {citations && (
        <p className="node-change-line">
          {citations.added.length > 0 && shows('after') && (
            <span>
              Citations added: <ins>{citations.added.map(citationText).join('; ')}</ins>.{' '}
            </span>
          )}
          {citations.removed.length > 0 && shows('before') && (
            <span>
              Citations removed: <del>{citations.removed.map(citationText).join('; ')}</del>.
            </span>
          )}
        </p>
      )}
      {status && (
        <p className="node-change-line">
          Status:{' '}
          <Replaced
            before={status.before ? STATUS_LABELS[status.before] : 'none'}
            after={status.after ? STATUS_LABELS[status.after] : 'none'}
            side={side}
          />
        </p>
      )}
    </div>
  );
}

const citationText = (citation: { key: string; pinpoint: string }) =>
  citation.pinpoint ? `${citation.key}, ${citation.pinpoint}` : citation.key;
