import type { StreamMessage } from '../../app/api/changeEvent';
import type { EngineMessage } from '../../app/engine/engineProtocol';

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
    opening.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as EngineMessage;
      if ('push' in message) onMessage(message.push);
    };
    opening.onopen = () => {
      onOpen(dropped);
      dropped = false;
    };
    opening.onclose = () => {
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
