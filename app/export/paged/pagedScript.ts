import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let script: string | undefined;

/** Paged.js 0.4.3 (MIT), the browser build, read once from the installed package. */
export function pagedScript(): string {
  if (script === undefined) {
    const entry = createRequire(import.meta.url).resolve('pagedjs');
    script = readFileSync(join(dirname(entry), '..', 'dist', 'paged.min.js'), 'utf8');
  }
  return script;
}

/** The CSP source that lets exactly this inline script run. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
