import type { ApiClient } from '../../app/api/handlers';
import type { ApiErrorPayload } from '../../app/api/service';

/** Sends one call of the service API and resolves with its result (Electron IPC or loopback HTTP). */
export type Transport = (method: string, input: unknown) => Promise<unknown>;

/** An error from the service, with a message fit to show the user. */
export class ApiError extends Error {
  readonly code: ApiErrorPayload['code'];
  readonly path: string | undefined;

  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.path = payload.path;
  }
}

/** The renderer's one typed client of the service API, whatever the transport beneath it. */
export function createClient(transport: Transport): ApiClient {
  return new Proxy({} as ApiClient, {
    get: (_target, method) => (input: unknown) => transport(String(method), input ?? {}),
  });
}
