import type { OutlineRow } from '../api/views';
import type { Finding } from '../evaluate/index';

const STATUS_MARK: Record<string, string> = {
  established: '✓ established',
  contested: '~ contested',
  unsupported: '? unsupported',
  defeated: '✗ defeated',
};

/** The outline as indented lines: id, kind, title and status; with `why`, each status's reason on the line below. */
export function formatOutline(rows: readonly OutlineRow[], why = false): string {
  return rows
    .map((row) => {
      const indent = '  '.repeat(row.depth);
      const status = row.status ? `  [${STATUS_MARK[row.status]}]` : '';
      const side = row.side ? ` (${row.side})` : '';
      const line = `${indent}#${row.id} ${row.kind}${side}: ${row.title || '(untitled)'}${status}`;
      return why && row.statusReason ? `${line}\n${indent}    ${row.statusReason}` : line;
    })
    .join('\n');
}

const SEVERITIES = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Notes'],
] as const;

/** The gap report grouped by severity, each group in reading order; `empty` when the case has no nodes. */
export function formatFindings(findings: readonly Finding[], empty = false): string {
  if (findings.length === 0) return empty ? 'The case has no nodes yet: nothing to check.' : 'No gaps found.';
  const sections: string[] = [];
  for (const [severity, heading] of SEVERITIES) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    const lines = group.map((finding) => {
      const where = finding.nodeId === null ? '' : `#${finding.nodeId} `;
      return `  ${where}${finding.message} [${finding.rule}]\n      → ${finding.hint}`;
    });
    sections.push(`${heading} (${group.length}):\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}
