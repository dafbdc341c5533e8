export interface Row {
  name: string;
  median_ms: number;
  target_ms: number | null;
  ratio: number | null;
  note: string;
}

export interface Count {
  name: string;
  count: number;
  target: number;
}

/** `{"results": [{"name", "median_ms", "target_ms", "ratio"}], "counts": [...]}` for scripts. */
export function formatJson(rows: Row[], counts: Count[]): string {
  return `${JSON.stringify({ results: rows.map(({ note: _note, ...result }) => result), counts }, null, 2)}\n`;
}

/** The benchmark table, the counts with their targets, and the growth table, in Markdown. */
export function formatResults(rows: Row[], counts: Count[], growthTable: string): string {
  const header = ['benchmark', 'median ms', 'target ms', 'ratio', 'met', 'what'];
  const lines = rows.map((entry) => [
    entry.name,
    entry.median_ms.toFixed(2),
    entry.target_ms === null ? '' : entry.target_ms.toFixed(2),
    entry.ratio === null ? '' : entry.ratio.toFixed(2),
    entry.target_ms === null ? '' : entry.median_ms <= entry.target_ms ? 'yes' : 'NO',
    entry.note,
  ]);
  const table = markdownTable(header, lines);
  const countLines = counts.map(
    (entry) =>
      `- ${entry.name}: ${entry.count} (target at most ${entry.target}: ${entry.count <= entry.target ? 'met' : 'NOT met'})`,
  );
  return `${table}\n\n${countLines.join('\n')}\n\n${growthTable ? `Growth from 1,000 to 100,000 nodes:\n\n${growthTable}\n` : ''}`;
}

/** A Markdown table with its columns padded to one width, as Markdown formatters write it. */
export function markdownTable(header: readonly string[], lines: readonly string[][]): string {
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]!.length)));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
