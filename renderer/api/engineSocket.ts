import type { StreamMessage } from '../../app/api/changeEvent';
import { EngineConnection } from '../../app/engine/engineConnection';

/** Waits this long before connecting again after the channel dropped. */
const RECONNECT_MS = 500;

/** The browser mode's channel to the engine, as the page sees it. */
export interface EngineSocket {
  /** The connection while the socket is open (calls go over it), or undefined while it is not. */
  connection(): EngineConnection | undefined;
  close(): void;
}

/**
 * The browser mode's channel to the engine: one WebSocket, behind the same token as the HTTP API, carrying the page's
 * calls (as the desktop window's go over its MessagePort) and the changes pushed to it. `onOpen` is told each time it
 * is open: first, and after a drop (when changes may have been missed meanwhile); calls still waiting when it drops
 * fail with a message.
 */
export function connectEngineSocket(
  token: string,
  onMessage: (message: StreamMessage) => void,
  onOpen: (reconnected: boolean) => void,
): EngineSocket {
  let current: EngineConnection | undefined;
  let socket: WebSocket | undefined;
  let stopped = false;
  let dropped = false;
  const open = () => {
    const url = new URL(`/api/stream?token=${encodeURIComponent(token)}`, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const opening = new WebSocket(url);
    socket = opening;
    const connection = new EngineConnection({
      postMessage: (message) => opening.send(JSON.stringify(message)),
      onMessage: (listener) => {
        opening.onmessage = (message) => listener(JSON.parse(String(message.data)));
      },
    });
    connection.subscribe(onMessage);
    opening.onopen = () => {
      current = connection;
      onOpen(dropped);
      dropped = false;
    };
    opening.onclose = () => {
      if (current === connection) current = undefined;
      connection.fail('The connection to the Casewright server was lost: try again.');
      if (stopped) return;
      dropped = true;
      window.setTimeout(open, RECONNECT_MS);
    };
  };
  open();
  return {
    connection: () => current,
    close: () => {
      stopped = true;
      socket?.close();
    },
  };
}
