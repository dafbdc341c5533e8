import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type * as Y from 'yjs';

/** Where a shared case lives: the team server's address, the case's name there and the member's token. */
export interface SharedCaseAddress {
  url: string;
  name: string;
  token: string;
}

/** A document's connection to a team server; it reconnects by itself until closed. */
export interface CaseConnection {
  provider: HocuspocusProvider;
  close(): void;
}

/** Connects a Yjs document to its case on a team server (Node has no WebSocket of its own: `ws` stands in). */
export function openProvider(
  address: SharedCaseAddress,
  document: Y.Doc,
  events: { onAuthenticationFailed?: (reason: string) => void } = {},
): CaseConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: address.url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 2000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: address.name,
    token: address.token,
    document,
    onAuthenticationFailed: ({ reason }) => events.onAuthenticationFailed?.(reason),
  });
  provider.attach();
  return {
    provider,
    close() {
      // Closing a socket still connecting makes `ws` emit an error once the listeners are gone: it is expected.
      (socket.webSocket as unknown as WebSocket | null)?.on?.('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}
