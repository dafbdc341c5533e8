import type { StreamMessage } from '../api/changeEvent';
import { ApiError } from '../api/reply';
import type { CaseEngine, EngineMessage } from './engineProtocol';

/** One end of a channel to the engine: a MessagePort (a window's, main's), a Node IPC channel or a worker's port. */
export interface EnginePort {
  postMessage(message: unknown): void;
  /** Calls `listener` with the data of every message that arrives (starting the port where it must be started). */
  onMessage(listener: (message: unknown) => void): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * A client of the engine over one port: each call is a request with an id, answered by one reply; changes and
 * export progress arrive pushed on the same port. Used by main, the preload and the child-process client alike.
 */
export class EngineConnection implements CaseEngine {
  private nextId = 1;
  private lastRevision = 0;
  private stopped: string | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(message: StreamMessage) => void>();

  constructor(private readonly port: EnginePort) {
    port.onMessage((message) => this.receive(message as EngineMessage));
  }

  call(method: string, input: unknown, origin?: string): Promise<unknown> {
    if (this.stopped !== undefined) return Promise.reject(new ApiError({ code: 'io', message: this.stopped }));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage(origin === undefined ? { id, method, input } : { id, method, input, origin });
    });
  }

  subscribe(listener: (message: StreamMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  revision(): number {
    return this.lastRevision;
  }

  /** Ends the connection: the calls still waiting, and any made later, fail with `message`. */
  fail(message: string): void {
    this.stopped = message;
    for (const { reject } of this.pending.values()) reject(new ApiError({ code: 'io', message }));
    this.pending.clear();
  }

  private receive(message: EngineMessage): void {
    if (typeof message !== 'object' || message === null) return;
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
    else pending.reject(new ApiError(message.error));
  }
}
