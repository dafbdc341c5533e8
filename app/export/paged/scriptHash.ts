import { createHash } from 'node:crypto';

/** The CSP source that lets exactly this inline script run. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
