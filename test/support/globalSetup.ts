import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the bundled CLI, the web server, the renderer and the Electron main and preload once, so that tests run what users run. */
export default function setup(): void {
  execFileSync(
    process.execPath,
    [resolve(import.meta.dirname, '../../scripts/build-node.mjs'), '--web', '--main', '--testing'],
    {
      stdio: 'inherit',
    },
  );
}
