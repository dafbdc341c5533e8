import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './rendererBench';

/** Whole-process figures, each measured in one hyperfine run beside its yardstick; medians in milliseconds. */
export interface ProcessFigures {
  nodeStartMs: number;
  helpMs: number;
  showMs: number;
  pandocDocxMs: number | null;
  docxMs: number;
}

const quote = (argument: string) => `'${argument.replaceAll("'", `'"'"'`)}'`;
const commandLine = (parts: string[]) => parts.map(quote).join(' ');

/** Whether hyperfine (the Debian package) is installed. */
export function hasHyperfine(): boolean {
  try {
    execFileSync('hyperfine', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs the commands in one hyperfine run (no shell, with warm-up runs) and returns their medians in milliseconds. */
function hyperfine(commands: string[][], folder: string, environment: NodeJS.ProcessEnv, runs: number): number[] {
  const exported = join(folder, 'hyperfine.json');
  execFileSync(
    'hyperfine',
    ['-N', '--warmup', '3', '--runs', String(runs), '--export-json', exported, ...commands.map(commandLine)],
    { cwd: folder, env: environment, stdio: 'ignore' },
  );
  const { results } = JSON.parse(readFileSync(exported, 'utf8')) as { results: { median: number }[] };
  rmSync(exported);
  return results.map((result) => result.median * 1000);
}

/**
 * The CLI as a user meets it, a new process each time, on the sample case (the Russia–DPRK pact template):
 * `--help` and `show` beside `node -e 0`, and the DOCX memorial beside pandoc converting our Markdown export of the
 * same memorial to DOCX.
 */
export function measureCli(bin: string, folder: string, home: string): ProcessFigures {
  const environment = { ...process.env, CASEWRIGHT_HOME: home };
  const cli = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: folder, env: environment });
  const sample = join(folder, 'sample.casewright');
  cli('new', sample, '--template', 'russia-dprk-pact-2024');
  const memorial = ['--format', 'docx', '--layout', 'memorial', '--out', join(folder, 'sample.docx')];
  cli('export', sample, '--format', 'md', '--layout', 'memorial', '--out', join(folder, 'sample.md'));
  const node = [process.execPath];
  const [nodeStartMs, helpMs, showMs] = hyperfine(
    [
      [...node, '-e', '0'],
      [...node, bin, '--help'],
      [...node, bin, 'show', sample],
    ],
    folder,
    environment,
    30,
  );
  const pandoc = [
    'pandoc',
    '-f',
    'markdown',
    '-t',
    'docx',
    '-o',
    join(folder, 'pandoc.docx'),
    join(folder, 'sample.md'),
  ];
  const withPandoc = hasPandoc();
  const docxRuns = hyperfine(
    withPandoc
      ? [pandoc, [...node, bin, 'export', sample, ...memorial]]
      : [[...node, bin, 'export', sample, ...memorial]],
    folder,
    environment,
    15,
  );
  return {
    nodeStartMs: nodeStartMs!,
    helpMs: helpMs!,
    showMs: showMs!,
    pandocDocxMs: withPandoc ? docxRuns[0]! : null,
    docxMs: docxRuns[withPandoc ? 1 : 0]!,
  };
}

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts the built browser mode on a case; resolves with its address once it listens. */
function startWebMode(webEntry: string, file: string, home: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [webEntry, file], {
    env: { ...process.env, CASEWRIGHT_HOME: home },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Casewright running at (\S+)/.exec(output);
      if (match) done({ url: match[1]!, child });
    });
    child.once('exit', (code) => fail(new Error(`the browser mode exited (${code}): ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((stopped) => {
    if (child.exitCode !== null) return stopped();
    child.once('exit', () => stopped());
    child.kill('SIGTERM');
  });
}

/** Waits until the outline's first row is in the page and a frame has been painted with it. */
async function outlinePainted(page: Page): Promise<void> {
  await page.getByRole('treeitem').first().waitFor();
  await page.evaluate('new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))');
}

/**
 * From starting the browser mode (`node out/web.js <case>`) to the case's outline painted in a Chromium that is
 * already running: the server's start, the page, its scripts and the first outline. Median of `runs` after one
 * unmeasured run.
 */
export async function measureFirstPaint(
  webEntry: string,
  file: string,
  home: string,
  chromiumPath: string,
  runs = 7,
): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const times: number[] = [];
  try {
    for (let round = 0; round <= runs; round++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const start = performance.now();
      const web = await startWebMode(webEntry, file, home);
      try {
        await page.goto(web.url);
        await outlinePainted(page);
        if (round > 0) times.push(performance.now() - start);
      } finally {
        await context.close();
        await stop(web.child);
      }
    }
  } finally {
    await browser.close();
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)]!;
}
