import { roundLabel } from '../model/oral';
import type { PracticeRun } from './practiceRecord';

/** The practice log's columns: one row per point of each run, the run's own columns repeated on each. */
export const PRACTICE_LOG_COLUMNS = [
  'Run',
  'Date',
  'Speaker',
  'Round',
  'Rating',
  'Section',
  'Planned (s)',
  'Actual (s)',
  'Over (s)',
  'Questions asked',
  'Questions answered',
] as const;

/**
 * A cell as RFC 4180 writes it (quoted when it holds a comma, a quote or a line break); text a spreadsheet would
 * run as a formula is led by an apostrophe.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Math.round(value * 10) / 10);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every run as CSV, oldest first: each point's planned and actual time and the bench questions asked under it. */
export function practiceLogCsv(runs: readonly PracticeRun[]): string {
  const rows: (string | number | null)[][] = [];
  for (const run of runs) {
    const common = [run.id, run.startedAt, run.speaker, roundLabel(run.round), run.rating];
    if (run.points.length === 0) rows.push([...common, null, null, null, null, null, null]);
    for (const point of run.points) {
      const asked = run.questions.filter((question) => question.pointId === point.nodeId);
      rows.push([
        ...common,
        point.title,
        point.budgetSeconds,
        point.seconds,
        point.seconds - point.budgetSeconds,
        asked.map((question) => question.title).join('; '),
        asked.filter((question) => question.answered).length,
      ]);
    }
  }
  return [PRACTICE_LOG_COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
