import { ApiError, type ApiReply, unwrapReply } from '../../app/api/reply';
import type { Transport } from './client';

/** The access token of the browser mode, from the address the server printed. */
export function tokenFromAddress(href: string): string | undefined {
  return new URL(href).searchParams.get('token') ?? undefined;
}

/**
 * Calls the service API over the loopback HTTP adapter of the browser mode, naming this page (`clientId`) so that
 * it knows its own changes on the stream; `onRevision` is told the case's revision after each call.
 */
export function httpTransport(token: string, clientId?: string, onRevision?: (revision: number) => void): Transport {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Casewright-Token': token };
  if (clientId) headers['X-Casewright-Client'] = clientId;
  return async (method, input) => {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    if (!response.ok) {
      throw new ApiError({ code: 'io', message: `The Casewright server refused the request (${response.status}).` });
    }
    const reply = (await response.json()) as ApiReply & { revision?: number };
    if (reply.revision !== undefined) onRevision?.(reply.revision);
    return unwrapReply(reply);
  };
}
