import { join, normalize, resolve, sep } from 'node:path';

/**
 * Resolves a (URL-encoded) request path inside `root`, or undefined when it would leave it: `..` segments,
 * encoded `%2e%2e`, absolute paths and NUL characters never reach outside the folder.
 */
export function resolveInside(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const target = resolve(join(base, normalize(decoded)));
  return target === base || target.startsWith(base + sep) ? target : undefined;
}
