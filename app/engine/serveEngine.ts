import { toErrorPayload } from '../api/reply';
import { type CaseEngine, type EngineMessage, readRequest } from './engineProtocol';

/** One way of talking to the engine: a Node IPC channel, an Electron parent port or a MessagePort of a window. */
export interface EngineChannel {
  send(message: EngineMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** The type of the message by which main (or a test) hands the engine one end of a new channel, for a window. */
export const CONNECT = 'connect';

/** How often the engine looks whether another process wrote the open case (`PRAGMA data_version` is cheap). */
export const EXTERNAL_CHECK_MS = 200;

/**
 * Serves the service API over a channel: runs each request and answers it, and pushes every change and the export
 * progress. Requests run one after another, in the order they came, as they would in one process. `service` is the
 * service itself (in the engine process) or a client of the engine (the browser mode's server relays a page's calls).
 */
export function serveEngine(service: CaseEngine, channel: EngineChannel): () => void {
  const stop = service.subscribe((push) => channel.send({ push }));
  let queue = Promise.resolve();
  channel.onMessage((message) => {
    const request = readRequest(message);
    if (!request) return;
    queue = queue.then(async () => {
      try {
        const result = await service.call(request.method, request.input, request.origin);
        channel.send({ id: request.id, ok: true, result: result ?? null, revision: service.revision() });
      } catch (error) {
        channel.send({ id: request.id, ok: false, error: toErrorPayload(error), revision: service.revision() });
      }
    });
  });
  return stop;
}
