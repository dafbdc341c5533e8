import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent, StreamMessage } from '../app/api/changeEvent';
import type { OutlineRow } from '../app/api/views';
import { EngineClient } from '../app/engine/engineClient';

const ENGINE = resolve(import.meta.dirname, '../out/engine.js');
let folder: string;
let engine: EngineClient;
let messages: StreamMessage[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-engine-'));
  engine = EngineClient.start(ENGINE, { CASEWRIGHT_HOME: join(folder, 'home') });
  messages = [];
  engine.subscribe((message) => messages.push(message));
});
afterEach(async () => {
  await engine.close();
  rmSync(folder, { recursive: true, force: true });
});

const changes = () =>
  messages.filter((message) => message.type === 'change').map((message) => (message as { change: ChangeEvent }).change);

describe('the engine as a child process', () => {
  it('runs the service API over the protocol the app uses, and pushes each change as one event', async () => {
    const path = join(folder, 'case.casewright');
    await engine.call('case-create', { path, templateId: 'legal-memo' });
    expect(changes().at(-1)).toMatchObject({ cause: 'replaced', caseInfo: { path } });
    const rows = (await engine.call('outline-get', {})) as OutlineRow[];
    const issue = rows.find((row) => row.kind === 'issue')!;
    const before = changes().length;
    await engine.call('nodes-update', { id: issue.id, title: 'Renamed in the engine' }, 'window-1');
    expect(changes().length).toBe(before + 1);
    const event = changes().at(-1)!;
    expect(event).toMatchObject({ cause: 'edit', origin: 'window-1', revision: engine.revision() });
    expect(event.nodes.changed.find((node) => node.id === issue.id)?.title).toBe('Renamed in the engine');
  });

  it('answers a bad call with the service error, and ignores what is not a request', async () => {
    await expect(engine.call('nodes-get', { id: 1 })).rejects.toMatchObject({ code: 'conflict' });
    await expect(engine.call('no-such-method', {})).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(engine.call('case-create', { path: 42 })).rejects.toMatchObject({ code: 'invalid_input' });
    (engine as unknown as { child: { send: (message: unknown) => void } }).child.send({ hostile: true });
    (engine as unknown as { child: { send: (message: unknown) => void } }).child.send('nonsense');
    expect(await engine.call('templates-list', {})).toMatchObject({ templates: expect.any(Array) });
  });

  it("sends another process's writes to the open case as events", async () => {
    const path = join(folder, 'case.casewright');
    await engine.call('case-create', { path, templateId: 'legal-memo' });
    const other = EngineClient.start(ENGINE, { CASEWRIGHT_HOME: join(folder, 'home') });
    try {
      await other.call('case-open', { path });
      await other.call('nodes-add', { parentId: null, kind: 'issue', title: 'Whether written elsewhere' });
      await expect
        .poll(() => changes().find((event) => event.cause === 'external'), { timeout: 2000, interval: 20 })
        .toBeDefined();
      const external = changes().find((event) => event.cause === 'external')!;
      expect(external.nodes.added.map((node) => node.title)).toEqual(['Whether written elsewhere']);
    } finally {
      await other.close();
    }
  });
});
