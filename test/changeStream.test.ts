import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChange, type HeldOutline } from '../app/api/applyChange';
import type { ChangeEvent, StreamMessage } from '../app/api/changeEvent';
import { CaseService } from '../app/api/service';
import { NODE_KINDS } from '../app/model/types';
import { TEMPLATES_FOLDER, type TempService, tempService } from './support/tempService';

let t: TempService;
let events: ChangeEvent[];
let stop: () => void;

beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright'), templateId: 'russia-dprk-pact-2024' });
  events = [];
  stop = t.service.subscribe((message: StreamMessage) => {
    if (message.type === 'change') events.push(message.change);
  });
});
afterEach(() => {
  stop();
  t.dispose();
});

async function readAll(service = t.service): Promise<HeldOutline> {
  const api = service.client();
  return { rows: await api['outline-get']({}), findings: (await api['evaluation-get']({})).findings };
}

/** Runs one change and applies the one event it must send to `held`. */
async function applyOne(held: HeldOutline, change: () => Promise<unknown>): Promise<HeldOutline> {
  const before = events.length;
  await change();
  expect(events.length - before).toBe(1);
  return applyChange(held, events.at(-1)!);
}

function randomGenerator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * below);
  };
}

describe('the change stream', () => {
  it('sends one event per change, from which a view holding the outline and gap report stays equal to a fresh read', async () => {
    let held = await readAll();
    const random = randomGenerator(7);
    const pick = () => held.rows[random(held.rows.length)]!;
    const operations: (() => Promise<unknown>)[] = [
      () => t.api['nodes-update']({ id: pick().id, title: `Renamed ${random(1000)}` }),
      () => t.api['nodes-update']({ id: pick().id, title: '' }),
      () => t.api['nodes-update']({ id: pick().id, kind: NODE_KINDS[random(NODE_KINDS.length)]! }),
      () => t.api['nodes-update']({ id: pick().id, weight: 'weak', assessment: 'contested' }),
      () => t.api['nodes-update']({ id: pick().id, body: { type: 'doc', content: [] } }),
      () => t.api['nodes-add']({ parentId: pick().id, kind: 'evidence', title: 'New fact', text: 'See [@res1718].' }),
      () => t.api['nodes-add']({ parentId: null, index: 0, kind: 'issue', title: 'Whether first' }),
      () => t.api['nodes-delete']({ id: pick().id }),
      () => t.api['nodes-indent']({ id: pick().id }),
      () => t.api['nodes-outdent']({ id: pick().id }),
      () => t.api['nodes-reorder']({ id: pick().id, direction: random(2) === 0 ? 'up' : 'down' }),
      () => t.api['history-undo']({}),
      () => t.api['history-redo']({}),
      () => t.api['case-update']({ side: random(2) === 0 ? 'both' : 'applicant' }),
    ];
    for (let step = 0; step < 120; step++) {
      const operation = operations[random(operations.length)]!;
      const before = events.length;
      const refused = await operation().then(
        () => false,
        () => true,
      );
      if (refused || events.length === before) continue;
      expect(events.length - before).toBe(1);
      held = applyChange(held, events.at(-1)!);
      expect(held, `step ${step}: ${operation.toString()}`).toEqual(await readAll());
    }
    expect(events.length).toBeGreaterThan(60);
    expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => index + 1));
  });

  it('sends a title edit as the node and its parent, with the undo state, and nothing else', async () => {
    const held = await readAll();
    const evidence = held.rows.find((row) => row.kind === 'evidence' && row.depth > 1)!;
    await applyOne(held, () => t.api['nodes-update']({ id: evidence.id, title: 'A sharper fact' }));
    const event = events.at(-1)!;
    expect(event.cause).toBe('edit');
    expect(event.nodes.changed.map((node) => node.id)).toContain(evidence.id);
    expect(event.nodes.changed.find((node) => node.id === evidence.id)?.title).toBe('A sharper fact');
    expect(event.nodes.added).toEqual([]);
    expect(event.nodes.removed).toEqual([]);
    expect(event.bodies).toEqual([]);
    expect(event.caseInfo).toBeNull();
    expect(event.undo).toMatchObject({ canUndo: true, undoLabel: 'Edit title' });
    expect(event.nodes.changed.length).toBeLessThanOrEqual(3);
  });

  it('names the client that made a change, and marks undo and changed bodies', async () => {
    const { rows } = await readAll();
    const node = rows.find((row) => row.kind === 'rule')!;
    await t.service.call('nodes-update', { id: node.id, title: 'Rule, renamed' }, 'window-1');
    expect(events.at(-1)).toMatchObject({ cause: 'edit', origin: 'window-1' });
    await t.service.call('nodes-update', { id: node.id, body: { type: 'doc', content: [] } }, 'window-1');
    expect(events.at(-1)!.bodies).toEqual([node.id]);
    await t.service.call('history-undo', {}, 'window-2');
    expect(events.at(-1)).toMatchObject({ cause: 'undo', origin: 'window-2', bodies: [node.id] });
  });

  it('sends what another process changed in the file as the same kind of event', async () => {
    let held = await readAll();
    const other = new CaseService({ dataFolder: t.dataFolder, templatesFolder: TEMPLATES_FOLDER });
    try {
      await other.call('case-open', { path: t.path('case.casewright') });
      const issue = held.rows.find((row) => row.kind === 'issue')!;
      await other.call('nodes-update', { id: issue.id, title: 'Changed elsewhere' });
      await other.call('nodes-add', { parentId: issue.id, kind: 'claim', title: 'Added elsewhere' });
      expect(events).toEqual([]);
      t.service.checkExternal();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ cause: 'external', origin: null });
      held = applyChange(held, events[0]!);
      expect(held).toEqual(await readAll());
      expect(held.rows.map((row) => row.title)).toContain('Added elsewhere');
      t.service.checkExternal();
      expect(events).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it('tells views to read everything again when another case is opened in its place', async () => {
    await t.api['case-create']({ path: t.path('other.casewright') });
    expect(events.at(-1)).toMatchObject({ cause: 'replaced', caseInfo: { path: t.path('other.casewright') } });
  });

  it('gives a window what it shows in one read (case-view), the same as the separate reads', async () => {
    const claim = (await t.api['outline-get']({})).find((row) => row.kind === 'claim')!;
    await t.api['nodes-update']({ id: claim.id, title: '' });
    const view = await t.api['case-view']({});
    expect(view.info).toEqual(await t.api['case-get']({}));
    expect(view.rows).toEqual(await t.api['outline-get']({}));
    expect(view.findings).toEqual((await t.api['evaluation-get']({})).findings);
    expect(view.findings.some((finding) => finding.nodeId === claim.id)).toBe(true);
    expect(view.history).toEqual(await t.api['history-state']({}));
    expect(view.history.undoLabel).not.toBeNull();
  });

  it('sends export progress on the same stream', async () => {
    const progress: number[] = [];
    const stopProgress = t.service.subscribe((message) => {
      if (message.type === 'progress') progress.push(message.progress.fraction);
    });
    await t.api['export-document']({ format: 'md', layout: 'memo' });
    stopProgress();
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });
});
