/**
 * The hashes of the only inline scripts the app lets run: Paged.js and its driver, in the Document view's paged preview
 * (a sandboxed frame, which takes this policy from the page that holds it). A test checks them against the scripts.
 */
export const PAGED_SCRIPT_HASHES =
  "'sha256-xK+axKgPFeSr9T4R/fNGWdxJE/YbVBZSgRz6Vw85chE=' 'sha256-byR6+u0OKcb4aMxWTjU+jfJWqHunWwl/TUCBVTgEN1I='";

/** The Content-Security-Policy of every page of the app (browser mode and desktop): only its own scripts and styles. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src 'self' ${PAGED_SCRIPT_HASHES}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
