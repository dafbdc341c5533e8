import type { ApiClient } from '../../app/api/handlers';

/** Sends one call of the service API and resolves with its result (Electron IPC or loopback HTTP). */
export type Transport = (method: string, input: unknown) => Promise<unknown>;

/** The renderer's one typed client of the service API, whatever the transport beneath it. */
export function createClient(transport: Transport): ApiClient {
  return new Proxy({} as ApiClient, {
    get: (_target, method) => (input: unknown) => transport(String(method), input ?? {}),
  });
}
