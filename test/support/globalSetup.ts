import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the bundled CLI, the web server and the renderer once, so that tests run what users run. */
export default function setup(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build-node.mjs'), '--web', '--testing'], {
    stdio: 'inherit',
  });
}
