import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ChangeEvent, StreamMessage } from '../../app/api/changeEvent';
import type { OutlineRow } from '../../app/api/views';
import { EngineConnection } from '../../app/engine/engineConnection';
import { mainPort } from '../../main/engineProcess';
import { TEMPLATES_FOLDER } from '../support/tempService';
import { FakeMessageChannelMain, type FakeMessagePortMain, WorkerUtilityProcess } from './support/workerEngine';

// The engine entry (the built engine.js that the desktop app starts as a utility process) driven over real
// MessageChannels of node:worker_threads, with the protocol the preload and main speak.
describe('the engine over MessagePorts', () => {
  let folder: string;
  let engine: WorkerUtilityProcess;

  const connect = (): { connection: EngineConnection; pushed: StreamMessage[]; port: FakeMessagePortMain } => {
    const { port1, port2 } = new FakeMessageChannelMain();
    engine.postMessage({ type: 'connect' }, [port1]);
    const connection = new EngineConnection(mainPort(port2 as never));
    const pushed: StreamMessage[] = [];
    connection.subscribe((message) => pushed.push(message));
    return { connection, pushed, port: port2 };
  };
  const changes = (pushed: StreamMessage[]) =>
    pushed.flatMap((message) => (message.type === 'change' ? [message.change as ChangeEvent] : []));

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'casewright-port-'));
    engine = new WorkerUtilityProcess({
      CASEWRIGHT_HOME: join(folder, 'home'),
      CASEWRIGHT_TEMPLATES: TEMPLATES_FOLDER,
    });
  });
  afterEach(async () => {
    const exited = new Promise((done) => engine.worker.once('exit', done));
    engine.kill();
    await exited;
    rmSync(folder, { recursive: true, force: true });
  });

  test("one engine serves main's port and a window's: a change made on one is pushed to both", async () => {
    const main = connect();
    const page = connect();
    const path = join(folder, 'case.casewright');
    await main.connection.call('case-create', { path, templateId: 'legal-memo' });
    const rows = (await page.connection.call('outline-get', {})) as OutlineRow[];
    const issue = rows.find((row) => row.kind === 'issue')!;
    await page.connection.call('nodes-update', { id: issue.id, title: 'Renamed through the port' }, 'window-7');
    for (const pushed of [main.pushed, page.pushed]) {
      const event = changes(pushed).at(-1)!;
      expect(event).toMatchObject({ cause: 'edit', origin: 'window-7' });
      expect(event.nodes.changed.find((node) => node.id === issue.id)?.title).toBe('Renamed through the port');
    }
    expect(page.connection.revision()).toBe(main.connection.revision());
  });

  test('bad calls are refused with the service error as a payload; what is not a request is ignored', async () => {
    const { connection, port } = connect();
    await expect(connection.call('nodes-get', { id: 1 })).rejects.toMatchObject({ code: 'conflict' });
    await expect(connection.call('no-such-method', {})).rejects.toMatchObject({ code: 'invalid_input' });
    for (const input of ['issue', [1, 2], { id: '1; DROP TABLE nodes' }]) {
      await expect(connection.call('nodes-get', input)).rejects.toMatchObject({ code: 'invalid_input' });
    }
    port.postMessage({ hostile: true });
    port.postMessage('nonsense');
    port.postMessage({ id: 1.5, method: 'templates-list', input: {} });
    expect(await connection.call('templates-list', {})).toMatchObject({ templates: expect.any(Array) });
  });

  test('export progress is pushed on the port while the export runs, and ends inactive', async () => {
    const { connection, pushed } = connect();
    await connection.call('case-create', { path: join(folder, 'memo.casewright'), templateId: 'legal-memo' });
    await connection.call('export-document', { format: 'html', layout: 'memo' });
    const progress = pushed.flatMap((message) => (message.type === 'progress' ? [message.progress] : []));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ active: false });
    expect(progress.some((step) => step.active && step.fraction > 0 && step.fraction < 1)).toBe(true);
  });
});
