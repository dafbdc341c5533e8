import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the bundled CLI once, so that subprocess tests run what `bin/casewright` runs. */
export default function setup(): void {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build-node.mjs')], { stdio: 'inherit' });
}
