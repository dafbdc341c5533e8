import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AifFileRow, type ArgdownFileRow, measureAifFiles, measureArgdownFiles } from './corporaBench';

/**
 * Prints, file by file, our reading of real Argdown and AIF files against the peer's, as Markdown tables for
 * bench/RESULTS.md: `node out/bench-corpora.js [corpora folder] [more Argdown folders…]`.
 */
const [corpora = resolve('../shared/corpora'), ...more] = process.argv.slice(2);
const ms = (value: number | null) => (value === null ? '' : value.toFixed(2));

function argdownTable(rows: ArgdownFileRow[]): string {
  const lines = [
    '| file | statements (ours / @argdown/core) | arguments (ours / @argdown/core) | relations (ours / @argdown/core) | same reading | ours ms | @argdown/core ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const ours = 'refused' in row.ours ? null : row.ours;
    const ref = row.reference;
    const pair = (key: 'statements' | 'arguments' | 'relations') =>
      `${ours ? ours[key] : 'refused'} / ${ref ? (ref.errors > 0 ? `${ref.errors} errors` : ref[key]) : 'n/a'}`;
    const same = row.agree === null ? 'reference errs' : row.agree ? 'yes' : 'no';
    lines.push(
      `| ${row.file} | ${pair('statements')} | ${pair('arguments')} | ${pair('relations')} | ${same} | ${ms(row.oursMs)} | ${ms(row.referenceMs)} |`,
    );
  }
  const read = rows.filter((row) => row.reference && row.reference.errors === 0);
  lines.push(
    '',
    `${rows.length} files; @argdown/core reads ${read.length} without error; we read the same in ${read.filter((row) => row.agree).length} of them; ` +
      `of the ${rows.length - read.length} it reports errors in, we read ${rows.filter((row) => row.agree === null && !('refused' in row.ours)).length}.`,
  );
  return lines.join('\n');
}

function aifTable(rows: AifFileRow[]): string {
  const lines = ['| file | I-nodes in the file | nodes imported | ours ms |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const imported = typeof row.imported === 'number' ? row.imported : `refused: ${row.imported.refused}`;
    lines.push(`| ${row.file} | ${row.inodes} | ${imported} | ${ms(row.oursMs)} |`);
  }
  return lines.join('\n');
}

const out: string[] = [];
if (existsSync(join(corpora, 'argdown'))) out.push(argdownTable(measureArgdownFiles(join(corpora, 'argdown'))), '');
if (existsSync(join(corpora, 'aif'))) out.push(aifTable(measureAifFiles(join(corpora, 'aif'))), '');
for (const folder of more) out.push(`${folder}:`, '', argdownTable(measureArgdownFiles(folder)), '');
process.stdout.write(`${out.join('\n')}\n`);
