/** Longest external link the app hands to the system (browsers and mail clients take about this much). */
const MAX_URL_LENGTH = 2048;
/** The only fields a `mailto:` link may carry: no `attach=` or other headers that some mail clients honour. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

/**
 * The normalised address of a link that is safe to open in the user's browser or mail client, or undefined:
 * absolute `http:`, `https:` or `mailto:` only; no credentials, no control, invisible or whitespace characters,
 * no backslashes, at most 2048 characters.
 */
export function safeExternalUrl(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_URL_LENGTH) return undefined;
  if (/[\p{C}\p{Z}\\]/u.test(candidate)) return undefined;
  if (!/^(https?:\/\/(?!\/)|mailto:)/i.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    const recipients = decodeURIComponentSafely(url.pathname);
    if (recipients === undefined || /[\p{C}\p{Z}]/u.test(recipients)) return undefined;
    if (!recipients.split(',').every((address) => /^[^@,?]+@[^@,?]+$/.test(address))) return undefined;
    for (const [field, value] of url.searchParams) {
      const name = field.toLowerCase();
      const text = name === 'body' ? value.replace(/\r?\n/g, '') : value;
      if (!MAILTO_FIELDS.has(name) || /\p{Cc}/u.test(text)) return undefined;
    }
    return url.href;
  }
  return undefined;
}

/** Whether a link may be opened outside the app (see `safeExternalUrl`). */
export function isSafeExternalUrl(candidate: unknown): boolean {
  return safeExternalUrl(candidate) !== undefined;
}

function decodeURIComponentSafely(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
