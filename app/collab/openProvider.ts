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

/**
 * `ws` for the provider, with an error listener of its own: the provider removes its listeners and then closes a
 * socket that may still be connecting (on a reconnect, or when destroyed), and `ws` reports that abort as an error
 * event, which with no listener left would be thrown as an uncaught exception. The provider's own listeners still see
 * every error while they are attached.
 */
class ProviderSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

/** Connects a Yjs document to its case on a team server (Node has no WebSocket of its own: `ws` stands in). */
export function openProvider(
  address: SharedCaseAddress,
  document: Y.Doc,
  events: { onAuthenticationFailed?: (reason: string) => void; onStateless?: (payload: string) => void } = {},
): CaseConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: address.url,
    WebSocketPolyfill: ProviderSocket,
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
    onStateless: ({ payload }) => events.onStateless?.(payload),
  });
  provider.attach();
  return {
    provider,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}
