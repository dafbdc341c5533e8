import type { StreamMessage } from '../api/changeEvent';
import type { ApiErrorPayload } from '../api/reply';

/** A call of the service API sent to the engine; `origin` names the window or page that makes it. */
export interface EngineRequest {
  id: number;
  method: string;
  input: unknown;
  origin?: string;
}

/** The engine's answer to one request, with the case's revision after it. */
export type EngineReply =
  | { id: number; ok: true; result: unknown; revision: number }
  | { id: number; ok: false; error: ApiErrorPayload; revision: number };

/** What the engine sends: replies, and the changes and progress it pushes to every view. */
export type EngineMessage = EngineReply | { push: StreamMessage };

/** The service as its transports see it, in this process or in the engine's. */
export interface CaseEngine {
  /** Calls a method by name with an unchecked input; `origin` names the calling client. */
  call(method: string, input: unknown, origin?: string): Promise<unknown>;
  /** Tells `listener` of every change and of export progress; returns the function that stops it. */
  subscribe(listener: (message: StreamMessage) => void): () => void;
  /** The revision of the last change sent. */
  revision(): number;
  /** Looks whether another process wrote the case; absent where the engine does it on its own timer. */
  checkExternal?(): void;
}

/** Reads a request that came over a channel, or undefined when it is not one. */
export function readRequest(message: unknown): EngineRequest | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { id, method, input, origin } = message as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isInteger(id) || typeof method !== 'string' || method.length > 100) {
    return undefined;
  }
  if (origin !== undefined && (typeof origin !== 'string' || origin.length > 64)) return undefined;
  return origin === undefined ? { id, method, input } : { id, method, input, origin };
}
