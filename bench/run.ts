import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CaseService } from '../app/api/service';
import type { BodyDocument } from '../app/body/types';
import { evaluate } from '../app/evaluate/index';
import type { CasewrightDocument } from '../app/interchange/documentSchema';
import { DEFAULT_THRESHOLDS } from '../app/model/types';
import { CaseSession } from '../app/session/caseSession';
import { updateFields } from '../app/store/nodeStore';
import { openCaseDatabase } from '../app/store/openDatabase';
import { forgetVerified } from '../app/store/verifiedFiles';
import { measureArgdown } from './argdownBench';
import { measureCitecheck } from './citecheckBench';
import { measureCollab } from './collabBench';
import { measureEngineStart } from './engineStartBench';
import { generateCase, withCitations } from './generateCase';
import { formatGrowth, measureGrowth } from './growth';
import { measureMap } from './mapBench';
import { median } from './measure';
import { runOnlyRows } from './onlyRows';
import { formatJson, formatResults, type Row } from './printResults';
import { hasHyperfine, measureCli, measureFirstPaint } from './processBench';
import { CHROMIUM_ARGS, measureRenderer } from './rendererBench';
import { measureStreamRows } from './streamBench';
import { findChromium, runStreamOnly, streamSink } from './streamOnly';
import { measureVersions } from './versionsBench';

const json = process.argv.includes('--json');
const keep = process.env.CASEWRIGHT_BENCH_KEEP;
const folder = keep ?? mkdtempSync(join(tmpdir(), 'casewright-bench-'));
const dataFolder = join(folder, 'data');
const rows: Row[] = [];
const counts: { name: string; count: number; target: number }[] = [];
let growthTable = '';
let peakMegabytes = 0;
const log = (text: string) => {
  if (!json) process.stderr.write(`${text}\n`);
};

async function makeCase(
  size: number,
  document: CasewrightDocument = generateCase(size),
  name = `case-${size}`,
): Promise<string> {
  const path = join(folder, `${name}.casewright`);
  const service = new CaseService({ dataFolder, templatesFolder: join(folder, 'none') });
  const api = service.client();
  await api['case-create']({ path });
  await api['interchange-import']({ document });
  service.close();
  return path;
}

const SUMMARY_SQL =
  'SELECT id, parent_id, position, kind, title, side, mode, standard, weight, assessment, disputed, tags FROM nodes';
const CITATIONS_SQL = 'SELECT node_id, authority_key, pinpoint FROM citations ORDER BY node_id, seq';

function rawSelect(path: string): void {
  const database = new Database(path, { readonly: true });
  database.prepare(SUMMARY_SQL).raw().all();
  database.prepare(CITATIONS_SQL).raw().all();
  database.close();
}

function openCase(path: string): void {
  const session = new CaseSession(openCaseDatabase(path, dataFolder), path, dataFolder);
  session.close();
}

function row(name: string, medianMs: number, targetMs: number | null, reference: number | null, note: string): void {
  const entry = {
    name,
    median_ms: Number(medianMs.toFixed(3)),
    target_ms: targetMs === null ? null : Number(targetMs.toFixed(3)),
    ratio: reference === null ? null : Number((medianMs / reference).toFixed(2)),
    note,
  };
  rows.push(entry);
  log(`${name}: ${entry.median_ms} ms${entry.ratio === null ? '' : ` (ratio ${entry.ratio})`}`);
}

async function medianOf(work: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let index = 0; index < warmup; index++) await work();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)]!;
}

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Median time of LibreOffice converting a DOCX to PDF (a fresh profile, warmed once), or null without soffice. */
function measureLibreOffice(docx: Buffer): number | null {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const input = join(folder, 'memorial-1k.docx');
  writeFileSync(input, docx);
  const profile = `-env:UserInstallation=file://${join(folder, 'soffice-profile')}`;
  const args = [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(folder, 'soffice'), input];
  return median(() => execFileSync('soffice', args, { stdio: 'ignore' }), 3, 1);
}

function keystrokeBody(round: number): BodyDocument {
  const paragraph = (index: number) => ({
    type: 'paragraph' as const,
    content: [
      {
        type: 'text' as const,
        text: `Paragraph ${index}: ${'the Council decided that all Member States shall prevent the supply '.repeat(4)}`,
      },
      { type: 'citation' as const, attrs: { key: `auth${index}`, pinpoint: `para ${index}` } },
      { type: 'text' as const, text: ` typed ${round}` },
    ],
  });
  return { type: 'doc', content: Array.from({ length: 16 }, (_, index) => paragraph(index)) };
}

/** The CLI and the browser mode as a user starts them, a new process each time, on the sample case. */
async function measureWholeProcesses(chromium: string | undefined): Promise<void> {
  if (!hasHyperfine()) {
    log('hyperfine was not found: the whole-process rows are left out (apt-get install -y hyperfine).');
    return;
  }
  const root = join(import.meta.dirname, '..');
  const processes = join(folder, 'processes');
  mkdirSync(processes, { recursive: true });
  const cli = measureCli(join(root, 'bin', 'casewright'), processes, dataFolder);
  const nodeNote = 'reference: `node -e 0`, the start of Node itself';
  row('node-start', cli.nodeStartMs, null, null, nodeNote);
  const versusNode = 'target at most 1.5 times node-start, in the same hyperfine run';
  row('cli-help', cli.helpMs, cli.nodeStartMs * 1.5, cli.nodeStartMs, `\`casewright --help\`; ${versusNode}`);
  const show = '`casewright show` on the sample case (282 nodes)';
  row('cli-show-sample', cli.showMs, cli.nodeStartMs * 1.5, cli.nodeStartMs, `${show}; ${versusNode}`);
  if (cli.pandocDocxMs !== null) {
    const pandocNote = 'reference: pandoc converting our Markdown export of the sample memorial to DOCX';
    row('pandoc-md-docx-sample', cli.pandocDocxMs, null, null, pandocNote);
  }
  const docx = '`casewright export --format docx --layout memorial` of the sample case, a new process';
  const versusPandoc = cli.pandocDocxMs === null ? ' (pandoc not installed)' : '; target ratio < 1 to pandoc';
  row('cli-docx-sample', cli.docxMs, cli.pandocDocxMs, cli.pandocDocxMs, `${docx}${versusPandoc}`);
  if (chromium) {
    const webEntry = join(root, 'out', 'web.js');
    const paint = await measureFirstPaint(webEntry, join(processes, 'sample.casewright'), dataFolder, chromium);
    const paintNote = 'from starting the browser mode on the sample case to its outline painted in Chromium';
    row('web-first-paint-sample', paint, 1000, null, paintNote);
  }
}

async function measureEngineStarts(webEngine: string): Promise<void> {
  const desktopEngine = join(import.meta.dirname, 'main', 'engine.js');
  const templates = join(import.meta.dirname, '..', 'templates');
  const starts = await measureEngineStart(
    { desktop: desktopEngine, web: webEngine },
    { CASEWRIGHT_HOME: dataFolder, CASEWRIGHT_TEMPLATES: templates },
  );
  const firstReply = 'from starting it as a child process to its first reply';
  row(
    'engine-start-web',
    starts.webMs,
    null,
    null,
    `reference: the browser mode's engine (out/engine.js), ${firstReply}`,
  );
  const desktop = `the desktop app's engine (out/main/engine.js, its utility process's entry), ${firstReply}`;
  const target = 'target at most 1.25 times engine-start-web, started in turn with it';
  row('engine-start-desktop', starts.desktopMs, starts.webMs * 1.25, starts.webMs, `${desktop}; ${target}`);
}

if (process.argv.includes('--stream-only')) {
  await runStreamOnly(folder, dataFolder, streamSink(row, counts, log));
  if (!keep) rmSync(folder, { recursive: true, force: true });
  process.stdout.write(json ? formatJson(rows, counts) : formatResults(rows, counts, ''));
  process.exit(0);
}

if (process.argv.includes('--only')) {
  const summary = await runOnlyRows(folder, dataFolder, log);
  if (!keep) rmSync(folder, { recursive: true, force: true });
  process.stdout.write(summary);
  process.exit(0);
}

try {
  log('Generating cases of 10,000 and 100,000 nodes…');
  const case10k = await makeCase(10_000);
  const case100k = await makeCase(100_000);

  const raw10k = median(() => rawSelect(case10k), 15);
  row('raw-select-10k', raw10k, null, null, 'reference: the same rows read with a bare SELECT');
  const checked10k = median(() => {
    forgetVerified(case10k, dataFolder);
    openCase(case10k);
  }, 9);
  row(
    'open-10k-checked',
    checked10k,
    null,
    raw10k,
    'the same, with the integrity check of a file not known to be clean',
  );
  const open10k = median(() => openCase(case10k), 15);
  row(
    'open-10k',
    open10k,
    raw10k * 2,
    raw10k,
    'open, check and load a 10,000-node case; target ratio ≤ 2 to the raw SELECT',
  );
  const open100k = median(() => openCase(case100k), 5, 1);
  row('open-100k', open100k, 1000, null, 'open, check and load a 100,000-node case');

  const service = new CaseService({ dataFolder, templatesFolder: join(folder, 'none') });
  const api = service.client();
  await api['case-open']({ path: case100k });
  const queries = [
    'missile transfer',
    'embargo',
    'panel report',
    'jurisdiction consent',
    'artill',
    'knowledge attribution',
  ];
  let query = 0;
  const searchTimes: number[] = [];
  for (let round = 0; round < 60; round++) {
    const start = performance.now();
    await api.search({ query: queries[query++ % queries.length]!, limit: 50 });
    if (round >= 6) searchTimes.push(performance.now() - start);
  }
  searchTimes.sort((left, right) => left - right);
  row(
    'search-100k',
    searchTimes[Math.floor(searchTimes.length / 2)]!,
    5,
    null,
    'FTS5 over 100,000 titles and bodies, 50 best',
  );

  const session100k = service.context.session!;
  const nodes100k = [...session100k.summaries().values()];
  const authorities100k = session100k.authorityList();
  const evaluate100k = median(
    () =>
      evaluate({
        nodes: nodes100k,
        authorities: authorities100k,
        caseSide: 'applicant',
        thresholds: DEFAULT_THRESHOLDS,
      }),
    9,
  );
  row('evaluate-100k', evaluate100k, 100, null, 'statuses, weights and the gap report of 100,000 nodes');

  await api['case-open']({ path: case10k });
  const session10k = service.context.session!;
  const edited = [...session10k.summaries().values()].find((node) => node.kind === 'claim')!;
  let edit = 0;
  const reevaluate10k = median(() => {
    session10k.change('Edit node', () =>
      updateFields(session10k.database, edited.id, { ...edited, title: `Edited claim ${edit++}` }),
    );
    session10k.evaluate();
  }, 31);
  row('reevaluate-10k', reevaluate10k, 5, null, 'one node edited, then the 10,000-node case evaluated again');

  const target = (await api['outline-get']({})).find((node) => node.kind === 'evidence')!;
  let round = 0;
  const keystrokeTimes: number[] = [];
  for (let index = 0; index < 200; index++) {
    const body = keystrokeBody(round++);
    const start = performance.now();
    await api['nodes-update']({ id: target.id, body });
    if (index >= 10) keystrokeTimes.push(performance.now() - start);
  }
  keystrokeTimes.sort((left, right) => left - right);
  const bytes = JSON.stringify(keystrokeBody(0)).length;
  row(
    'keystroke-5kb',
    keystrokeTimes[Math.floor(keystrokeTimes.length / 2)]!,
    2,
    null,
    `persist a ${(bytes / 1024).toFixed(1)} KB body with its citation and search indexes, through the API`,
  );

  const case1k = await makeCase(1000, withCitations(generateCase(1000), 500));
  await api['case-open']({ path: case1k });
  const memorial = { layout: 'memorial', date: '2026-01-01' } as const;
  const docx1k = await medianOf(() => api['export-document']({ ...memorial, format: 'docx' }), 7);
  let pandoc1k: number | null = null;
  if (hasPandoc()) {
    const markdownPath = join(folder, 'memorial-1k.md');
    writeFileSync(markdownPath, (await api['export-document']({ ...memorial, format: 'md' })).text ?? '');
    const pandocArgs = ['-f', 'markdown', '-t', 'docx', '-o', join(folder, 'pandoc-1k.docx'), markdownPath];
    pandoc1k = await medianOf(async () => execFileSync('pandoc', pandocArgs), 5);
    row(
      'pandoc-md-docx-1k',
      pandoc1k,
      null,
      null,
      'reference: pandoc converting our Markdown export of the same memorial to DOCX',
    );
  }
  const versus = pandoc1k === null ? ' (pandoc not installed)' : '; target ratio < 1 to pandoc';
  row(
    'docx-1k',
    docx1k,
    2000,
    pandoc1k,
    `DOCX memorial of a 1,000-node case with 500 citations, through the API${versus}`,
  );
  const pdf1k = await medianOf(() => api['export-document']({ ...memorial, format: 'pdf' }), 3, 0);
  const libreOffice1k = measureLibreOffice(
    Buffer.from((await api['export-document']({ ...memorial, format: 'docx' })).base64 ?? '', 'base64'),
  );
  if (libreOffice1k !== null) {
    row(
      'soffice-docx-pdf-1k',
      libreOffice1k,
      null,
      null,
      'reference: LibreOffice (soffice --headless --convert-to pdf) converting our DOCX of the same memorial to PDF',
    );
  }
  row(
    'pdf-1k',
    pdf1k,
    null,
    libreOffice1k,
    `paged PDF memorial of the same case (paginated by its driver in Chromium: footnotes on their pages, page numbers in the contents and index), through the API${libreOffice1k === null ? ' (LibreOffice not installed)' : '; target ratio < 1 to LibreOffice'}`,
  );
  service.close();

  for (const size of [1000, 10_000]) {
    const label = size === 1000 ? '1k' : '10k';
    const argdown = measureArgdown(generateCase(size), size === 1000 ? 15 : 5);
    const read = `${argdown.importedNodes} of ${argdown.nodes} nodes read back from ${(argdown.bytes / 1024).toFixed(0)} KB`;
    row(`argdown-export-${label}`, argdown.exportMs, null, null, `our Argdown export of a ${size}-node case`);
    if (argdown.referenceMs !== null) {
      row(
        `argdown-cli-parse-${label}`,
        argdown.referenceMs,
        null,
        null,
        `reference: the @argdown/cli 1.x parser (@argdown/core parse + model) on that text: ${argdown.referenceStatements} statements, ${argdown.referenceErrors} errors`,
      );
    }
    row(
      `argdown-${label}`,
      argdown.parseMs,
      size === 1000 ? 250 : null,
      argdown.referenceMs,
      `our Argdown import reading that text into a case tree (${read}); target ratio < 1 to @argdown/cli`,
    );
  }

  const growth = await measureGrowth(
    [
      { nodes: 1000, path: await makeCase(1000, generateCase(1000), 'growth-1000') },
      { nodes: 10_000, path: case10k },
      { nodes: 100_000, path: case100k },
    ],
    dataFolder,
    rawSelect,
  );
  growthTable = formatGrowth(growth);
  const probe = join(import.meta.dirname, 'bench-memory.js');
  peakMegabytes = Number(execFileSync(process.execPath, [probe, case100k, dataFolder], { encoding: 'utf8' }).trim());
  counts.push({ name: 'peak-rss-mb-open-evaluate-100k', count: peakMegabytes, target: 400 });
  log(`peak RSS opening and evaluating 100,000 nodes: ${peakMegabytes} MB`);

  const versions = await measureVersions(
    folder,
    dataFolder,
    {
      case10k: await makeCase(10_000, generateCase(10_000), 'versions-10k'),
      case1k: await makeCase(1000, withCitations(generateCase(1000), 500), 'versions-1k'),
      plain1k: await makeCase(1000, generateCase(1000), 'versions-plain-1k'),
      versioned1k: await makeCase(1000, generateCase(1000), 'versions-100-1k'),
    },
    medianOf,
  );
  row(
    'diff-10k',
    versions.diff10kMs,
    200,
    null,
    'compare two versions of a 10,000-node case 100 edits apart (versions-compare: both trees read, the version evaluated, diffed; nothing is cached between compares, so every run is as cold as the first after open but for loaded code)',
  );
  row(
    'redline-docx-1k',
    versions.redlineDocx1kMs,
    null,
    versions.docx1kMs,
    'DOCX memorial of the 1,000-node case as a redline against a version 20 edits back; target ratio < 2 to the plain DOCX of the same case and run',
  );
  const sizePercent = Math.round((100 * versions.sizeWithVersions) / versions.sizeWithoutVersions);
  counts.push({ name: 'file-size-percent-100-versions-1k', count: sizePercent, target: 200 });
  log(
    `1,000-node case after 100 edits: ${versions.sizeWithoutVersions} bytes; with a version before each: ${versions.sizeWithVersions} bytes (${sizePercent}%)`,
  );

  log('Team editing: 2 and 20 clients of a casewright serve process…');
  const collab = await measureCollab(join(import.meta.dirname, 'cli.js'), folder, 100);
  row(
    'collab-propagation',
    collab.propagationMs,
    50,
    null,
    'client A types one character in a shared body until client B has it (loopback, through a casewright serve process)',
  );
  row(
    'collab-20-clients',
    collab.twentyClientsMs,
    null,
    null,
    `20 clients on one case typing in turn: until all 19 others have the character; server resident memory ${collab.twentyClientsServerMb} MB`,
  );
  counts.push({ name: 'collab-20-clients-server-rss-mb', count: collab.twentyClientsServerMb, target: 300 });

  const chromium = findChromium();
  log('Cite-checking 500 citations and attaching a 100-page PDF…');
  const citecheck = await measureCitecheck(folder, dataFolder, join(folder, 'none'), chromium);
  row(
    'citecheck-500',
    citecheck.checkMs,
    1000,
    null,
    `open a case and hold its 500 citations (each with a quotation) against their 50 text sources: ${citecheck.states}`,
  );
  if (citecheck.attachPdfMs !== null) {
    row(
      'source-attach-pdf',
      citecheck.attachPdfMs,
      null,
      null,
      `attach a 100-page PDF judgment printed by Chromium (${citecheck.pdfNote}): read with pdf.js, split, stored`,
    );
  }
  if (chromium) {
    const rendererFolder = join(import.meta.dirname, 'renderer');
    const figures = await measureRenderer(case10k, dataFolder, rendererFolder, chromium);
    row(
      'render-outline-10k',
      figures.firstRenderMs,
      500,
      null,
      'page load to the first rendered outline of a 10,000-node case, in Chromium',
    );
    row(
      'keystroke-editor',
      figures.keystrokeMs,
      16,
      null,
      'one keystroke in the body editor on a 10,000-node case, in Chromium',
    );
    const mapFigures = await measureMap(case10k, dataFolder, rendererFolder, chromium);
    row(
      'map-layout-10k',
      mapFigures.layoutMs,
      1000,
      null,
      'switch to the map of a 10,000-node case until every box in view is drawn, in Chromium',
    );
    row(
      'map-pan-10k',
      mapFigures.panMs,
      16,
      null,
      `one step of panning that map: the mouse event, the redraw and the page's layout (at most ${mapFigures.drawnBoxes} boxes drawn)`,
    );
    counts.push({ name: 'outline-treeitems-10k', count: figures.maxTreeItems, target: 300 });
    log(`outline-treeitems-10k: ${figures.maxTreeItems} tree items at most while scrolling`);
  } else {
    log('Chromium was not found: the renderer rows are left out (apt-get install -y chromium).');
  }
  const renderer = chromium && { folder: join(import.meta.dirname, 'renderer'), chromium, args: CHROMIUM_ARGS };
  const stream = { caseMedium: case10k, caseLarge: case100k, mediumLabel: '10k', largeLabel: '100k' };
  const engineEntry = join(import.meta.dirname, 'engine.js');
  const setup = { ...stream, engineEntry, home: dataFolder, openInProcessMs: open100k };
  await measureStreamRows({ ...setup, ...(renderer ? { renderer } : {}) }, streamSink(row, counts, log));
  await measureEngineStarts(engineEntry);
  await measureWholeProcesses(chromium);
} finally {
  if (!keep) rmSync(folder, { recursive: true, force: true });
}

process.stdout.write(json ? formatJson(rows, counts) : formatResults(rows, counts, growthTable));
