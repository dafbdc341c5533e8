import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/api/handlers';
import { launchChromium } from '../support/browser';
import { LONG_TESTS } from '../support/longRuns';
import { type BrowserReplica, openBrowserReplica } from './browserReplica';
import { newReplica, type Replica, settled, snapshot, startTeam, type TeamServer } from './replicas';

const CASE = 'convergence';
const REPLICAS = 3;
const RUN_MS = LONG_TESTS ? 60_000 : 4_000;
const KINDS = ['issue', 'claim', 'rule', 'evidence', 'counter', 'note'] as const;
const WEIGHTS = ['strong', 'moderate', 'weak', null] as const;

/** A small seeded generator, so that a failing run can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

let team: TeamServer | undefined;
const replicas: Replica[] = [];
let browser: Browser | undefined;
let inBrowser: BrowserReplica | undefined;

afterAll(async () => {
  for (const replica of replicas) replica.dispose();
  await browser?.close();
  await inBrowser?.stop();
  inBrowser?.dispose();
  await team?.close();
});

/** One random edit of any kind on a replica; refusals (a node another replica deleted, a move into itself) are expected. */
async function randomEdit(api: ApiClient, random: () => number, label: string): Promise<void> {
  const rows = await api['outline-get']({});
  const editable = rows.filter((row) => !row.title.startsWith('keep '));
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const target = pick(editable);
  const anyNode = pick(rows);
  const choice = random();
  try {
    if (choice < 0.25 || !target) {
      await api['nodes-add']({
        parentId: anyNode && random() < 0.7 ? anyNode.id : null,
        kind: pick(KINDS)!,
        title: `${label} ${Math.floor(random() * 1000)}`,
        text: random() < 0.5 ? `Text by ${label}, **bold** part.` : undefined,
      });
    } else if (choice < 0.4) {
      await api['nodes-update']({ id: target.id, title: `${target.title.split(' /')[0]} / ${label}` });
    } else if (choice < 0.5) {
      await api['nodes-update']({
        id: target.id,
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body by ${label} ${random()}` }] }],
        } as never,
      });
    } else if (choice < 0.58) {
      if (target.kind === 'evidence') await api['nodes-update']({ id: target.id, weight: pick(WEIGHTS) ?? null });
      else await api['nodes-update']({ id: target.id, tags: [label] });
    } else if (choice < 0.7) {
      await api['nodes-move']({
        id: target.id,
        parentId: anyNode && anyNode.id !== target.id ? anyNode.id : null,
        index: Math.floor(random() * 3),
      });
    } else if (choice < 0.76) {
      await api['nodes-indent']({ id: target.id });
    } else if (choice < 0.8) {
      await api['nodes-reorder']({ id: target.id, direction: random() < 0.5 ? 'up' : 'down' });
    } else if (choice < 0.88) {
      await api['nodes-delete']({ id: target.id });
    } else if (choice < 0.93) {
      await api['case-update']({ forum: `Forum of ${label}` });
    } else {
      const key = `auth${Math.floor(random() * 5)}`;
      const existing = (await api['authorities-list']({})).find((authority) => authority.key === key);
      if (existing) await api['authorities-delete']({ id: existing.id });
      else
        await api['authorities-add']({ key, type: 'book', short: `${key} by ${label}`, csl: { title: key } } as never);
    }
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error)) throw error;
  }
}

describe('replicas of a shared case', () => {
  it('converge after random edits of every kind, disconnections and a server restart, one replica a Chromium page', async () => {
    // The browser mode and Chromium start while the engines share the case.
    const browserStarting = launchChromium().then(async (launched) => {
      browser = launched;
      inBrowser = await openBrowserReplica(launched);
      return inBrowser;
    });
    team = await startTeam(CASE, REPLICAS + 1);
    for (let index = 0; index < REPLICAS; index++) replicas.push(newReplica());
    const [first, ...others] = replicas;
    await first!.api['case-create']({ path: first!.file, title: 'Convergence' });
    await first!.api['case-share']({ url: team.server.url, name: CASE, token: team.tokens[0]! });
    const pageReplica = await browserStarting;
    for (const [index, replica] of [...others, pageReplica].entries()) {
      await replica.api['case-open-shared']({
        url: team.server.url,
        name: CASE,
        token: team.tokens[index + 1]!,
        path: replica.file,
      });
    }
    const apis = [...replicas, pageReplica].map((replica) => replica.api);
    const acknowledged: string[] = [];
    const edits = apis.map(() => 0);
    const start = Date.now();
    let restarted = false;
    const workers = apis.map(async (api, index) => {
      const random = generator(1000 + index);
      let keepCount = 0;
      let offline = false;
      while (Date.now() - start < RUN_MS) {
        await randomEdit(api, random, `R${index}`);
        edits[index]!++;
        if (random() < 0.08) {
          const title = `keep R${index}-${keepCount++}`;
          await api['nodes-add']({ parentId: null, kind: 'issue', title });
          if (!offline) {
            await settled(api);
            acknowledged.push(title);
          }
        }
        if (random() < 0.04) {
          offline = !offline;
          await api['collab-connection']({ online: !offline });
        }
        await new Promise((resolve) => setTimeout(resolve, random() * 20));
      }
      await api['collab-connection']({ online: true });
    });
    const restart = (async () => {
      await new Promise((resolve) => setTimeout(resolve, RUN_MS / 2));
      await team!.restart();
      restarted = true;
    })();
    await Promise.all([...workers, restart]);
    expect(restarted).toBe(true);
    expect(edits.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(REPLICAS * 10);
    // The page's edits go through Chromium, its HTTP client and the browser mode's engine: fewer, but some.
    expect(edits.at(-1)).toBeGreaterThan(2);

    for (const api of apis) await settled(api);
    const deadline = Date.now() + 30_000;
    let snapshots: string[] = [];
    for (;;) {
      snapshots = await Promise.all(apis.map((api) => snapshot(api)));
      if (snapshots.every((item) => item === snapshots[0]) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const item of snapshots.slice(1)) expect(item).toBe(snapshots[0]);
    const titles = (await first!.api['outline-get']({})).map((row) => row.title);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const title of acknowledged) expect(titles).toContain(title);
    expect(titles.length).toBeGreaterThan(REPLICAS);

    expect(snapshots).toHaveLength(REPLICAS + 1);
    for (const replica of replicas) replica.service.close();
    await pageReplica.stop();
    for (const replica of [...replicas, pageReplica]) {
      const database = new Database(replica.file, { readonly: true });
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
      database.close();
    }
  });
});
