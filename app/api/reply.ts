import { CasewrightError, type ErrorCode } from '../model/errors';

/** A serialisable error, as every transport sends it. */
export interface ApiErrorPayload {
  code: ErrorCode;
  message: string;
  path?: string;
}

/** What every transport (Electron IPC, the browser mode's HTTP) carries back for a call: never an Error object. */
export type ApiReply<Result = unknown> = { ok: true; result: Result } | { ok: false; error: ApiErrorPayload };

/** An error of the service as a caller across a transport receives it, with a message fit to show the user. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.path = payload.path;
  }
}

/** Turns any thrown value into the payload a transport sends back. */
export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof CasewrightError || error instanceof ApiError) {
    return error.path
      ? { code: error.code, message: error.message, path: error.path }
      : { code: error.code, message: error.message };
  }
  return { code: 'io', message: error instanceof Error ? error.message : String(error) };
}

/** Runs a call and turns its outcome into a reply: `{ ok, result }` or `{ ok: false, error }`, never a thrown Error. */
export async function toReply(run: () => unknown): Promise<ApiReply> {
  try {
    return { ok: true, result: (await run()) ?? null };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}

/** The result of a reply, or its error thrown as an `ApiError`. */
export function unwrapReply<Result>(reply: ApiReply<Result>): Result {
  if (!reply.ok) throw new ApiError(reply.error);
  return reply.result;
}
