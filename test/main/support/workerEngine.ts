import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { MessagePortMain } from 'electron';
import type { EngineProcess } from '../../../main/engineProcess';

/** The engine as `npm test`'s build made it: the entry the browser mode and the desktop app start. */
export const ENGINE_ENTRY = resolve(import.meta.dirname, '../../../out/engine.js');

/** A port shaped as Electron's MessagePortMain (`message` events carry `{ data }`), over a real Node MessagePort. */
export class FakeMessagePortMain extends EventEmitter {
  constructor(readonly port: MessagePort) {
    super();
  }
  postMessage(message: unknown): void {
    this.port.postMessage(message);
  }
  start(): void {
    this.port.on('message', (data: unknown) => this.emit('message', { data, ports: [] }));
  }
  close(): void {
    this.port.close();
  }
}

/** A MessageChannelMain over node:worker_threads' MessageChannel. */
export class FakeMessageChannelMain {
  readonly port1: FakeMessagePortMain;
  readonly port2: FakeMessagePortMain;
  constructor() {
    const channel = new MessageChannel();
    this.port1 = new FakeMessagePortMain(channel.port1);
    this.port2 = new FakeMessagePortMain(channel.port2);
  }
}

/** The engine entry in a worker thread: like Electron's utility process, it takes a port in each `connect` message. */
export class WorkerUtilityProcess extends EventEmitter {
  /** Every engine started and not ended yet (see `stopEngines`). */
  static running = new Set<WorkerUtilityProcess>();
  readonly worker: Worker;
  readonly exited: Promise<void>;
  constructor(env: NodeJS.ProcessEnv = {}) {
    super();
    this.worker = new Worker(ENGINE_ENTRY, { env: { ...process.env, ...env } });
    WorkerUtilityProcess.running.add(this);
    this.exited = new Promise((done) =>
      this.worker.once('exit', (code) => {
        WorkerUtilityProcess.running.delete(this);
        this.emit('exit', code);
        done();
      }),
    );
  }
  postMessage(message: Record<string, unknown>, transfer: FakeMessagePortMain[] = []): void {
    const ports = transfer.map((port) => port.port);
    this.worker.postMessage({ ...message, port: ports[0] }, ports);
  }
  /** Stops the engine as main does: it closes its case and ends. */
  kill(): boolean {
    this.worker.postMessage('stop');
    return true;
  }
  /** Ends the engine abruptly, as a crash would. */
  crash(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Stops every engine still running and waits until each has closed its case (before a test removes its files). */
export async function stopEngines(): Promise<void> {
  const running = [...WorkerUtilityProcess.running];
  for (const engine of running) engine.kill();
  await Promise.all(running.map((engine) => engine.exited));
}

/** Starts the engine in a worker thread, as main starts it in a utility process (for CaseWindows in tests). */
export function startWorkerEngine(env: NodeJS.ProcessEnv, started: WorkerUtilityProcess[] = []): EngineProcess {
  const child = new WorkerUtilityProcess(env);
  started.push(child);
  return {
    openPort: () => {
      const { port1, port2 } = new FakeMessageChannelMain();
      child.postMessage({ type: 'connect' }, [port1]);
      return port2 as unknown as MessagePortMain;
    },
    onExit: (listener) => {
      child.once('exit', listener);
    },
    kill: () => {
      child.kill();
    },
  };
}
