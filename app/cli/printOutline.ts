import type { OutlineRow } from '../api/views';
import type { Finding } from '../evaluate/index';

const STATUS_MARK: Record<string, string> = {
  established: '✓ established',
  contested: '~ contested',
  unsupported: '? unsupported',
  defeated: '✗ defeated',
};

/** The outline as indented lines: id, kind, title and status. */
export function formatOutline(rows: readonly OutlineRow[]): string {
  return rows
    .map((row) => {
      const status = row.status ? `  [${STATUS_MARK[row.status]}]` : '';
      const side = row.side ? ` (${row.side})` : '';
      return `${'  '.repeat(row.depth)}#${row.id} ${row.kind}${side}: ${row.title || '(untitled)'}${status}`;
    })
    .join('\n');
}

const SEVERITIES = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Notes'],
] as const;

/** The gap report grouped by severity, each group in reading order. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No gaps found.';
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
