import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseService } from '../../app/api/service';
import { runs } from '../support/longRuns';

const WRITER = resolve(import.meta.dirname, '../../out/testing/writer.js');
const KILLS = runs(50);
/** The kills run in two lanes at once, each on a case file of its own: a writer's start and its random delay overlap. */
const LANES = 2;
/**
 * The most edits a killed writer makes (about ten come before a kill on time): a kill held up while the other lane checks
 * its file would otherwise let the writer add hundreds of nodes and versions, each later check the slower for them.
 */
const MOST_EDITS = 100;
/**
 * Versions are read back after every round of the 50 kills, and after every tenth of the long run's 500: each check
 * opens the case and reads its versions, and 500 of them grew the test's memory past its heap.
 */
const VERSIONS_EVERY = Math.max(1, Math.round(KILLS / 50));

let folder: string;
let paths: string[];
let path: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-crash-'));
  paths = Array.from({ length: LANES }, (_, lane) => join(folder, `crash-${lane}.casewright`));
  path = paths[0]!;
  const service = new CaseService({ dataFolder: join(folder, 'data'), templatesFolder: folder });
  for (const lanePath of paths) await service.call('case-create', { path: lanePath });
  service.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the writer and kills it with SIGKILL `delay` ms after it opened the case; returns the titles it acknowledged. */
function runAndKill(path: string, round: number, delay: number, versions: string[] = []): Promise<string[]> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [WRITER, path, join(folder, 'data'), `round${round}`, String(MOST_EDITS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The kill is timed from the moment the case is open, so that it falls among the edits
      // however slowly the process started.
      if (!timer && output.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    const stuck = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', () => {
      clearTimeout(timer);
      clearTimeout(stuck);
      const complete = output.slice(0, output.lastIndexOf('\n') + 1);
      versions.push(...[...complete.matchAll(/^saved (\S+)$/gm)].map((match) => match[1]!));
      done([...complete.matchAll(/^ack (\S+)$/gm)].map((match) => match[1]!));
    });
  });
}

/**
 * The versions saved before a kill are all listed (and any other of the round whole), the last reads back with the node of its name as it was then (its
 * final body), and it can be compared with the case now: each later edit reads as added, nothing as removed.
 */
async function expectVersionsKept(path: string, names: readonly string[]): Promise<void> {
  const service = new CaseService({ dataFolder: join(folder, 'data'), templatesFolder: folder });
  try {
    await service.call('case-open', { path });
    const { versions } = (await service.call('versions-list', {})) as { versions: { name: string }[] };
    const listed = new Set(versions.map((version) => version.name));
    for (const name of names) expect(listed.has(name), `${name} listed`).toBe(true);
    // A save the kill interrupted left a whole version or none: every one of the round's listed reads back.
    const round = names[0]!.replace(/-\d+$/, '-');
    for (const version of versions.filter((candidate) => candidate.name.startsWith(round))) {
      await expect(service.call('versions-get', { version: version.name })).resolves.toBeDefined();
    }
    const name = names.at(-1)!;
    type Node = { title: string; text?: string; children?: Node[] };
    const { document } = (await service.call('versions-get', { version: name })) as { document: { nodes: Node[] } };
    const title = name.replace(/^version-/, '');
    const all = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...all(node.children ?? [])]);
    const node = all(document.nodes).find((candidate) => candidate.title === title);
    expect(node?.text, name).toBe(`Final body of ${title}`);
    const diff = (await service.call('versions-compare', { from: name })) as {
      nodes: { change: string; title: string }[];
    };
    expect(diff.nodes.filter((difference) => difference.change === 'removed')).toEqual([]);
  } finally {
    service.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit and a sound file through ${KILLS} kills at random moments`, async () => {
    let acknowledged = 0;
    let versionsChecked = 0;
    const lane = async (path: string, rounds: number[]) => {
      for (const round of rounds) {
        const versions: string[] = [];
        const titles = await runAndKill(path, round, Math.floor(Math.random() * 250), versions);
        acknowledged += titles.length;
        const database = new Database(path, { readonly: false });
        expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = database.prepare('SELECT title, text FROM nodes WHERE title LIKE ?').all(`round${round}-%`) as {
          title: string;
          text: string;
        }[];
        database.close();
        const byTitle = new Map(rows.map((row) => [row.title, row.text]));
        for (const title of titles) {
          expect(byTitle.get(title), `round ${round}: ${title}`).toBe(`Final body of ${title}`);
        }
        if (versions.length > 0 && round % VERSIONS_EVERY === 0) {
          versionsChecked += versions.length;
          await expectVersionsKept(path, versions);
        }
      }
    };
    const rounds = Array.from({ length: KILLS }, (_, round) => round);
    await Promise.all(
      paths.map((lanePath, index) =>
        lane(
          lanePath,
          rounds.filter((round) => round % LANES === index),
        ),
      ),
    );
    console.info(
      `crash safety: ${versionsChecked} saved versions listed after their kill, each round's last read back`,
    );
    expect(acknowledged).toBeGreaterThan(KILLS);
    console.info(`crash safety: ${KILLS} kills, ${acknowledged} acknowledged edits, all present`);
  }, 600_000);

  it('lets two processes edit the same case at once without losing an edit', async () => {
    // Both writers run until each has seen its own edits acknowledged while the other was writing
    // too; they are stopped on that progress, not on a clock, so a loaded machine only makes it slower.
    const ENOUGH = 20;
    const acks: string[][] = [[], []];
    const children: ReturnType<typeof spawn>[] = [];
    const stopWhenBothHaveWritten = () => {
      if (acks.every((list) => list.length >= ENOUGH)) for (const child of children) child.kill('SIGTERM');
    };
    const run = (side: number, prefix: string) =>
      new Promise<void>((done) => {
        const child = spawn(process.execPath, [WRITER, path, join(folder, 'data'), prefix], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.push(child);
        let pending = '';
        let errors = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          pending += chunk.toString();
          const lines = pending.split('\n');
          pending = lines.pop()!;
          for (const line of lines) {
            const match = /^ack (\S+)$/.exec(line);
            if (match) acks[side]!.push(match[1]!);
          }
          stopWhenBothHaveWritten();
        });
        child.stderr!.on('data', (chunk: Buffer) => {
          errors += chunk.toString();
        });
        child.on('exit', () => {
          // One writer gone (stopped or failed) stops the other: the assertions below say which.
          for (const other of children) other.kill('SIGTERM');
          expect(errors).toBe('');
          done();
        });
      });
    await Promise.all([run(0, 'left'), run(1, 'right')]);
    const [first, second] = acks;
    expect(first!.length).toBeGreaterThanOrEqual(ENOUGH);
    expect(second!.length).toBeGreaterThanOrEqual(ENOUGH);
    const database = new Database(path);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = new Set(database.prepare('SELECT title FROM nodes').pluck().all() as string[]);
    database.close();
    for (const title of [...first!, ...second!]) expect(titles.has(title), title).toBe(true);
  }, 300_000);
});
