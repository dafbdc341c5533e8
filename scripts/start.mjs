// `npm start` (after the build): the Electron app, or, where Electron cannot start, the browser mode, saying why.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseLauncher } from './chooseLauncher.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronFolder = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronFolder, 'package.json'), 'utf8')).version;
const forwarded = process.argv.slice(2);

/** Where Electron's binary is; with `download`, lets the electron package fetch it first (it does so lazily). */
function locateElectron(download) {
  const pathFile = join(electronFolder, 'path.txt');
  if (!download) {
    if (!existsSync(pathFile)) return { exists: false };
    const path = join(electronFolder, 'dist', readFileSync(pathFile, 'utf8'));
    return { path, exists: existsSync(path) };
  }
  const found = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (found.status !== 0) return { exists: false, error: `${found.stderr || found.error || 'no output'}` };
  return { path: found.stdout, exists: existsSync(found.stdout) };
}

/** better-sqlite3 built for Electron's ABI, beside the main bundle only, so the CLI and tests keep Node's build. */
function prepareNativeModule() {
  const target = join(root, 'out', 'main', 'node_modules', 'better-sqlite3');
  const stamp = join(target, '.electron-version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) return undefined;
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, target, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  const environment = { ...process.env };
  delete environment.npm_config_nodedir;
  delete environment.NPM_CONFIG_NODEDIR;
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  const run = (command, args) =>
    spawnSync(command, args, { cwd: target, env: environment, stdio: 'ignore', shell: process.platform === 'win32' })
      .status === 0;
  const built =
    run(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]) ||
    run(bin('node-gyp'), [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  if (!built) return `better-sqlite3 could not be built for Electron ${electronVersion}`;
  writeFileSync(stamp, electronVersion);
  return undefined;
}

function startBrowserMode(reason) {
  process.stdout.write(`${reason}\n`);
  const child = spawn(process.execPath, [join(root, 'out', 'web.js'), ...forwarded], { cwd: root, stdio: 'inherit' });
  relaySignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

function relaySignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const environment = process.env;
const display = process.platform !== 'linux' || Boolean(environment.DISPLAY || environment.WAYLAND_DISPLAY);
const launcher = chooseLauncher({
  platform: process.platform,
  environment,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  electron: locateElectron(display),
});

if (launcher.mode === 'browser') {
  startBrowserMode(launcher.reason);
} else {
  const problem = prepareNativeModule();
  if (problem) {
    startBrowserMode(`Electron cannot start here: ${problem}. Starting the browser mode instead.`);
  } else {
    const childEnvironment = { ...environment };
    delete childEnvironment.ELECTRON_RUN_AS_NODE;
    const started = Date.now();
    const child = spawn(launcher.binary, [root, ...forwarded], { cwd: root, env: childEnvironment, stdio: 'inherit' });
    relaySignals(child);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null && Date.now() - started < 5_000) {
        startBrowserMode(
          `Electron cannot start here: it exited at once (code ${code}). Starting the browser mode instead.`,
        );
      } else process.exit(code ?? 0);
    });
  }
}
