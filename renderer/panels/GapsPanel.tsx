import { memo } from 'react';
import type { Finding } from '../../app/evaluate/finding';
import type { CaseStore } from '../state/caseStore';
import { requestAuthority } from './authorityRequest';

const GROUPS = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Notes'],
] as const;

/**
 * The gap report grouped by severity; each finding goes to its node. Drawn again only when the findings change, not
 * on every change of the case (a title typed).
 */
export const GapsPanel = memo(function GapsPanel({
  findings,
  store,
  empty,
}: {
  findings: Finding[];
  store: CaseStore;
  /** The case has no node to evaluate (none, or only notes). */
  empty: boolean;
}) {
  return (
    <section className="panel" aria-label="Gaps">
      <h2>Gaps</h2>
      {findings.length === 0 && (
        <p className="panel-empty">
          {empty
            ? 'Nothing to check yet: the gaps of the argument will be listed here as you build it.'
            : 'No gaps found: every claim has its rule, its facts and its sources.'}
        </p>
      )}
      {GROUPS.map(([severity, heading]) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        const keys = findingKeys(group);
        return (
          <details key={severity} open={severity !== 'info'}>
            <summary className={`gap-summary severity-${severity}`}>
              {heading} <span className="count">{group.length}</span>
            </summary>
            <ul className="gap-list">
              {group.map((finding, index) => (
                <li key={keys[index]}>
                  <button
                    type="button"
                    className="gap-item"
                    disabled={finding.nodeId === null}
                    onClick={() => finding.nodeId !== null && store.reveal(finding.nodeId)}
                    title={finding.hint}
                  >
                    <span className="gap-message">{finding.message}</span>
                    <span className="gap-hint">{finding.hint}</span>
                  </button>
                  {finding.rule === 'citation-missing-authority' && finding.authorityKey && (
                    <button
                      type="button"
                      className="gap-action"
                      aria-label={`Add authority “${finding.authorityKey}”…`}
                      onClick={() => void requestAuthority({ key: finding.authorityKey })}
                    >
                      Add authority…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
});

/**
 * A key for each finding that stays its own when others come or go (a finding fixed above it), so that the list
 * keeps its items rather than drawing every one after it again: its rule, node and authority, and which of the same.
 */
function findingKeys(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.rule}-${finding.nodeId}-${finding.authorityKey ?? ''}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return `${key}-${count}`;
  });
}
