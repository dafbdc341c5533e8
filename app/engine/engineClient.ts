import { type ChildProcess, fork } from 'node:child_process';
import type { StreamMessage } from '../api/changeEvent';
import { CasewrightError } from '../model/errors';
import type { CaseEngine, EngineMessage } from './engineProtocol';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The engine in a child process, called over Node IPC with the protocol the app uses. */
export class EngineClient implements CaseEngine {
  private nextId = 1;
  private lastRevision = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(message: StreamMessage) => void>();
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: EngineMessage) => this.receive(message));
    this.exited = new Promise((done) => child.once('exit', () => done()));
    child.once('exit', (code) => {
      for (const { reject } of this.pending.values()) {
        reject(new CasewrightError('io', `The Casewright engine stopped (exit code ${code}).`));
      }
      this.pending.clear();
    });
  }

  /** Starts the engine (the built `engine.js`) as a child process with its own environment additions. */
  static start(entry: string, env: NodeJS.ProcessEnv = {}): EngineClient {
    const child = fork(entry, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new EngineClient(child);
  }

  call(method: string, input: unknown, origin?: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send(origin === undefined ? { id, method, input } : { id, method, input, origin });
    });
  }

  subscribe(listener: (message: StreamMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  revision(): number {
    return this.lastRevision;
  }

  /** Stops the engine; it closes the case first. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }

  private receive(message: EngineMessage): void {
    if ('push' in message) {
      if (message.push.type === 'change') this.lastRevision = Math.max(this.lastRevision, message.push.change.revision);
      for (const listener of this.listeners) listener(message.push);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    this.lastRevision = Math.max(this.lastRevision, message.revision);
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new CasewrightError(message.error.code, message.error.message, message.error.path));
  }
}
