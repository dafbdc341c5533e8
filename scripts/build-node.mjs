// Bundles the CLI so that `bin/casewright` starts fast with plain node (buildCli.mjs); `--web` adds the browser mode
// and the renderer, `--main` the Electron main process (ESM) and its sandboxed preload (CommonJS, needing `electron`).
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { buildCli } from './buildCli.mjs';

// better-sqlite3 is CommonJS: loaded with `require` it skips the lexing Node does to import CommonJS into a module.
const requireSqlite = {
  name: 'require-better-sqlite3',
  setup(build) {
    build.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.namespace === 'required' ? { path: args.path, external: true } : { path: args.path, namespace: 'required' },
    );
    build.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'electron', 'playwright-core', 'sqlite3', 'ws'],
  loader: { '.sql': 'text' },
  plugins: [requireSqlite],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

rmSync('out/cli-chunks', { recursive: true, force: true });
await buildCli(common.external);

if (process.argv.includes('--web')) {
  // Split by esbuild: the engine starts without the export, import and PDF libraries (7 MB), which its methods
  // load when they first run.
  rmSync('out/web-chunks', { recursive: true, force: true });
  const web = await build({
    ...common,
    entryPoints: { web: 'app/server/webEntry.ts', engine: 'app/engine/engineEntry.ts' },
    outdir: 'out',
    splitting: true,
    chunkNames: 'web-chunks/[name]-[hash]',
    metafile: true,
  });
  writeFileSync('out/web-chunks/metafile.json', JSON.stringify(web.metafile));
  // The product's renderer is always a production build (React in production mode), whatever NODE_ENV the caller
  // runs in: vitest sets it to "test", and Vite would then bundle React's development build into out/renderer.
  process.env.NODE_ENV = 'production';
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
}

if (process.argv.includes('--main')) {
  // The engine runs in a utility process beside main: the same entry as the browser mode's engine, split the same
  // way so that it answers its first call as soon. The chunks sit under out/main, which the packed app holds (and
  // beside which `npm start` keeps its Electron build of better-sqlite3, which the chunks find by walking up).
  rmSync('out/main/chunks', { recursive: true, force: true });
  const desktop = await build({
    ...common,
    target: 'node22',
    entryPoints: { 'main/main': 'main/main.ts', 'main/engine': 'app/engine/engineEntry.ts' },
    outdir: 'out',
    splitting: true,
    chunkNames: 'main/chunks/[name]-[hash]',
    metafile: true,
  });
  writeFileSync('out/main-metafile.json', JSON.stringify(desktop.metafile));
  await build({
    bundle: true,
    platform: 'node',
    target: 'es2022',
    format: 'cjs',
    sourcemap: 'linked',
    external: ['electron'],
    entryPoints: { 'preload/preload': 'main/preload.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'out',
    logLevel: 'warning',
  });
}

// What only the tests use goes to out/testing, apart from the product's build.
if (process.argv.includes('--testing')) {
  // Split, so that each of the crash test's hundreds of writer processes parses only what it runs.
  rmSync('out/testing/chunks', { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { 'testing/writer': 'test/reliability/writer.ts' },
    outdir: 'out',
    splitting: true,
    chunkNames: 'testing/chunks/[name]-[hash]',
  });
}

if (process.argv.includes('--bench')) {
  await build({
    ...common,
    // The reference Argdown parser is loaded from node_modules as its own CLI would load it.
    external: [...common.external, '@argdown/core'],
    entryPoints: { bench: 'bench/run.ts', 'bench-memory': 'bench/memoryProbe.ts', 'bench-corpora': 'bench/corpora.ts' },
    outdir: 'out',
  });
}
