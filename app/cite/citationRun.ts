/** One stretch of citation text with its formatting; text is always literal, never markup. */
export type CitationRun = { text: string; italic?: boolean; superscript?: boolean };

/** Joins runs into plain text, dropping their formatting. */
export function runsToPlainText(runs: readonly CitationRun[]): string {
  return runs.map((run) => run.text).join('');
}
