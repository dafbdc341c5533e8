// Bundles the CLI (and later the Electron main process) so that `bin/casewright` starts fast with plain node.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'electron', 'playwright-core'],
  loader: { '.sql': 'text' },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { cli: 'app/cli/entry.ts' }, outdir: 'out' });

if (process.argv.includes('--web')) {
  await build({ ...common, entryPoints: { web: 'app/server/webEntry.ts' }, outdir: 'out' });
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

if (process.argv.includes('--testing')) {
  await build({ ...common, entryPoints: { 'testing/writer': 'test/reliability/writer.ts' }, outdir: 'out' });
}

if (process.argv.includes('--bench')) {
  await build({ ...common, entryPoints: { bench: 'bench/run.ts' }, outdir: 'out' });
}
