// `npm run dist` (after the build): the installers, on a machine that can reach Electron's downloads. The
// native module is rebuilt for Electron's ABI, so the nodedir of ~/.npmrc (Node's headers) must not reach it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const environment = { ...process.env };
delete environment.npm_config_nodedir;
delete environment.NPM_CONFIG_NODEDIR;
const builder = join('node_modules', 'electron-builder', 'cli.js');
const result = spawnSync(process.execPath, [builder, '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  env: environment,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
