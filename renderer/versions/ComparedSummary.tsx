import { fieldText } from './NodeChange';
import { Replaced } from './TextRedline';
import type { Comparison } from './useComparison';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The comparison in one sentence ("2 nodes added, 1 moved, …"). */
export function countsSentence(counts: Comparison['counts']): string {
  const parts = [
    counts.added > 0 && `${plural(counts.added, 'node')} added`,
    counts.removed > 0 && `${plural(counts.removed, 'node')} removed`,
    counts.moved > 0 && `${counts.moved} moved`,
    counts.edited > 0 && `${counts.edited} edited`,
    counts.statusChanged > 0 && `${plural(counts.statusChanged, 'status', 'statuses')} changed`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? 'No node differs.' : `${parts.join(', ')}.`;
}

const CASE_FIELDS: Record<string, string> = { citationStyle: 'Citation style' };
const caseFieldLabel = (field: string) => CASE_FIELDS[field] ?? field.charAt(0).toUpperCase() + field.slice(1);

/** What the two sides are, how many nodes differ, and the authorities and case details that changed. */
export function ComparedSummary({ diff }: { diff: Comparison }) {
  return (
    <div className="compare-summary">
      <p>
        From <strong>{diff.from}</strong> to <strong>{diff.to}</strong>:{' '}
        <span role="status">{countsSentence(diff.counts)}</span>
      </p>
      {diff.authorities.length > 0 && (
        <section aria-label="Authorities changed">
          <h3>Authorities</h3>
          <ul className="compare-plain-list">
            {diff.authorities.map((authority) => (
              <li key={authority.key}>
                {authority.change === 'added' && <ins>{authority.short}</ins>}
                {authority.change === 'removed' && <del>{authority.short}</del>}
                {authority.change === 'changed' && authority.short}{' '}
                <span className="compare-muted">
                  ({authority.key}: {authority.change}
                  {authority.fields ? `, ${authority.fields.join(', ')}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.caseInfo.length > 0 && (
        <section aria-label="Case details changed">
          <h3>Case details</h3>
          <dl className="node-change-fields">
            {diff.caseInfo.map((change) => (
              <div key={change.field}>
                <dt>{caseFieldLabel(change.field)}</dt>
                <dd>
                  <Replaced before={fieldText(change.before)} after={fieldText(change.after)} side="both" />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
