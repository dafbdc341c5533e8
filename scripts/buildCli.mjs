// Bundles the CLI with Rolldown. Each command and each export or import library is a chunk loaded when it is used
// (`--help` loads neither the service nor SQLite), and the modules a command reading a case runs (the service, the
// open case, its evaluation, zod) are one chunk: esbuild splits the same code by which commands share each module,
// some forty chunks, each one more file Node resolves, reads and links before `show` prints. The chunks are CommonJS,
// which Node loads faster than modules and whose compiled code the launcher, `out/cli.cjs`, keeps between runs.
import { rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build } from 'rolldown';

/** What `--help` runs: it stays out of the case chunk. */
const HELP_ROOTS = ['app/cli/start.ts', 'app/cli/main.ts'];
/** The service, the handler groups that open, read and evaluate a case, and the commands that only do that. */
const CASE_ROOTS = [
  'app/api/service.ts',
  'app/api/fileHandlers.ts',
  'app/api/caseHandlers.ts',
  'app/api/nodeHandlers.ts',
  'app/cli/commands/show.ts',
  'app/cli/commands/check.ts',
];

// better-sqlite3's JavaScript (a dozen CommonJS files Node would resolve one by one) is bundled; its compiled addon is
// required from where npm or electron-rebuild built it, the first place its `bindings` helper would look.
const BINDINGS = '\0better-sqlite3-bindings';
const ADDON = 'better-sqlite3/build/Release/better_sqlite3.node';
const bundleSqlite = {
  name: 'bundle-better-sqlite3',
  resolveId(source, importer) {
    if (source === ADDON) return { id: ADDON, external: true };
    return source === 'bindings' && importer?.includes('/node_modules/better-sqlite3/') ? BINDINGS : null;
  },
  load: (id) => (id === BINDINGS ? `module.exports = () => require('${ADDON}');` : null),
};

/** The modules reached from `roots` through static imports. */
function staticClosure(roots, context) {
  const reached = new Set();
  const pending = roots.map((root) => resolve(root));
  while (pending.length > 0) {
    const id = pending.pop();
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

let caseModules;
/** Names the case chunk: the static closure of the case roots, less what `--help` already loaded. */
function caseChunk(id, context) {
  if (!caseModules) {
    const help = staticClosure(HELP_ROOTS, context);
    caseModules = new Set([...staticClosure(CASE_ROOTS, context)].filter((module) => !help.has(module)));
  }
  return caseModules.has(id) ? 'case' : null;
}

/**
 * Writes the launcher `out/cli.cjs` (and `out/cli.js`, which requires it) and the CommonJS chunks in `out/cli-chunks/`, with a metafile in esbuild's shape (each chunk's sources and imports)
 * that the tests read to tell which sources a command loaded.
 */
export async function buildCli(external) {
  const output = await build({
    input: { cli: 'app/cli/start.ts' },
    platform: 'node',
    preserveEntrySignatures: 'allow-extension',
    external: external.filter((name) => name !== 'better-sqlite3'),
    moduleTypes: { '.sql': 'text' },
    transform: { target: 'node20' },
    plugins: [bundleSqlite],
    onLog(level, log, handler) {
      // A module that one feature imports and another loads lazily is loaded once, with the first: as intended.
      if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
    },
    output: {
      dir: 'out',
      format: 'cjs',
      sourcemap: true,
      entryFileNames: 'cli-chunks/[name]-[hash].cjs',
      chunkFileNames: 'cli-chunks/[name]-[hash].cjs',
      codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: caseChunk, debugName: 'case' }] },
    },
  });
  const outputs = {};
  const chunks = new Set(output.output.map((file) => file.fileName));
  for (const chunk of output.output) {
    if (chunk.type !== 'chunk') continue;
    const inputs = {};
    for (const [id, module] of Object.entries(chunk.modules)) {
      inputs[id.startsWith('\0') ? id.slice(1) : relative('.', id)] = { bytesInOutput: module.renderedLength };
    }
    const imports = [
      ...chunk.imports.map((path) => ({ path, kind: 'import-statement' })),
      ...chunk.dynamicImports.map((path) => ({ path, kind: 'dynamic-import' })),
    ].map((entry) => (chunks.has(entry.path) ? { ...entry, path: `out/${entry.path}` } : { ...entry, external: true }));
    outputs[`out/${chunk.fileName}`] = { bytes: chunk.code.length, inputs, imports };
  }
  writeFileSync('out/cli-chunks/metafile.json', JSON.stringify({ outputs }));
  // Every chunk is named by its content, the one the launcher starts too: the compiled code kept for a name is its.
  const start = output.output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  await build({
    input: { cli: 'app/cli/entry.ts' },
    platform: 'node',
    external: [/^\.\/cli-chunks\//],
    transform: { target: 'node20', define: { START_CHUNK: JSON.stringify(`./${start.fileName}`) } },
    output: { dir: 'out', format: 'cjs', sourcemap: true, entryFileNames: '[name].cjs' },
  });
  // `node out/cli.js` as well: a module, in this package, that only requires the launcher.
  rmSync('out/cli.js.map', { force: true });
  writeFileSync(
    'out/cli.js',
    "import { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./cli.cjs');\n",
  );
}
