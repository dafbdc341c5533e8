import { ApiError, type ApiReply, unwrapReply } from '../../app/api/reply';
import type { Transport } from './client';

/** The access token of the browser mode, from the address the server printed. */
export function tokenFromAddress(href: string): string | undefined {
  return new URL(href).searchParams.get('token') ?? undefined;
}

/** Calls the service API over the loopback HTTP adapter of the browser mode. */
export function httpTransport(token: string): Transport {
  return async (method, input) => {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Casewright-Token': token },
      body: JSON.stringify(input),
    });
    if (!response.ok) {
      throw new ApiError({ code: 'io', message: `The Casewright server refused the request (${response.status}).` });
    }
    return unwrapReply((await response.json()) as ApiReply);
  };
}
