import { type ChildProcess, fork } from 'node:child_process';
import type { StreamMessage } from '../api/changeEvent';
import { EngineConnection } from './engineConnection';
import type { CaseEngine } from './engineProtocol';

/** The engine in a child process, called over Node IPC with the protocol the app uses. */
export class EngineClient implements CaseEngine {
  private readonly connection: EngineConnection;
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.connection = new EngineConnection({
      postMessage: (message) => child.send(message as object),
      onMessage: (listener) => child.on('message', listener),
    });
    this.exited = new Promise((done) => child.once('exit', () => done()));
    child.once('exit', (code) => this.connection.fail(`The Casewright engine stopped (exit code ${code}).`));
  }

  /** Starts the engine (the built `engine.js`) as a child process with its own environment additions. */
  static start(entry: string, env: NodeJS.ProcessEnv = {}): EngineClient {
    const child = fork(entry, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new EngineClient(child);
  }

  call(method: string, input: unknown, origin?: string): Promise<unknown> {
    return this.connection.call(method, input, origin);
  }

  subscribe(listener: (message: StreamMessage) => void): () => void {
    return this.connection.subscribe(listener);
  }

  revision(): number {
    return this.connection.revision();
  }

  /** Stops the engine; it closes the case first. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
