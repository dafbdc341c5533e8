// Type-checks the Node code (app, main, bench, test) and the web code (renderer), which sees the
// domain only through the declarations of tsconfig.app.json, so it cannot compile against Node APIs.
import { execFileSync } from 'node:child_process';

const tsc = (...args) =>
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { stdio: 'inherit' });

try {
  tsc('-p', 'tsconfig.node.json', '--noEmit');
  tsc('-b', 'tsconfig.web.json');
} catch {
  process.exit(1);
}
