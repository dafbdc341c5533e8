/**
 * The hash of the only inline script the app lets run: the paginating driver, in the Document view's paged preview
 * (a sandboxed frame, which takes this policy from the page that holds it). A test checks them against the scripts.
 */
export const PAGED_SCRIPT_HASHES = "'sha256-cBHrCZpk3ibrqRob6vD7NVpYgzY3SjYByjUlbMzjJ8M='";

/** The Content-Security-Policy of every page of the app (browser mode and desktop): only its own scripts and styles. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src 'self' ${PAGED_SCRIPT_HASHES}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
