import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a value as JSON, through a temporary file and a rename, so that a crash never leaves half a file; `mode`
 * gives the file's permissions (0o600: only its owner reads it).
 */
export function writeJsonFile(file: string, value: unknown, mode?: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, mode === undefined ? undefined : { mode });
  renameSync(temporary, file);
}
