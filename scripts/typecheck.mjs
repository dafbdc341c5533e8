// Type-checks the Node projects (app, main, bench, test) and, once it has sources, the web project (renderer).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const tsc = (project) => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit'], { stdio: 'inherit' });

const hasSources = (folder) => {
  try {
    return readdirSync(folder, { recursive: true }).some((file) => /\.tsx?$/.test(String(file)));
  } catch {
    return false;
  }
};

try {
  tsc('tsconfig.node.json');
  if (hasSources('renderer')) tsc('tsconfig.web.json');
} catch {
  process.exit(1);
}
