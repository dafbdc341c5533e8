import type { StreamMessage } from '../../app/api/changeEvent';

/** Waits this long before connecting again after the stream dropped. */
const RECONNECT_MS = 500;

/**
 * Listens to the browser mode's change stream (one WebSocket, behind the same token as the API). `onOpen` is told
 * each time it is open: first, and after a drop (when changes may have been missed meanwhile).
 */
export function connectChangeStream(
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
    socket = new WebSocket(url);
    socket.onopen = () => {
      onOpen(dropped);
      dropped = false;
    };
    socket.onmessage = (message) => onMessage(JSON.parse(String(message.data)) as StreamMessage);
    socket.onclose = () => {
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
