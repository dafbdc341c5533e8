import type { StreamMessage } from '../../app/api/changeEvent';
import { EngineConnection } from '../../app/engine/engineConnection';

/** Waits this long before connecting again after the channel dropped. */
const RECONNECT_MS = 500;

/**
 * The browser mode's channel to the engine: one WebSocket, behind the same token as the HTTP API, which speaks the
 * protocol of the desktop window's MessagePort; the page takes the changes pushed on it (its calls go over HTTP, see
 * main.tsx). `onOpen` is told each time it is open: first, and after a drop (when changes may have been missed
 * meanwhile). Returns the function that closes it.
 */
export function connectEngineSocket(
  token: string,
  onMessage: (message: StreamMessage) => void,
  onOpen: (reconnected: boolean) => void,
): () => void {
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
      onOpen(dropped);
      dropped = false;
    };
    opening.onclose = () => {
      connection.fail('The connection to the Casewright server was lost: try again.');
      if (stopped) return;
      dropped = true;
      window.setTimeout(open, RECONNECT_MS);
    };
  };
  open();
  return () => {
    stopped = true;
    socket?.close();
  };
}
