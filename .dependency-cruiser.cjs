// The layering of Casewright, checked by `npm test` (test/architecture/layering.test.ts).
// The DOM is not an import: tsconfig.app.json gives app/ no DOM library, so the type check keeps it out.

/** The modules of app/ the renderer may run (pure: no Node, no SQLite, no I/O); anything else only as types. */
const RENDERER_MAY_RUN = [
  'app/api/applyChange.ts',
  'app/api/reply.ts',
  'app/body/blockKey.ts',
  'app/body/bodyToMarkdown.ts',
  'app/body/mergeBodies.ts',
  'app/body/parseInline.ts',
  'app/body/types.ts',
  'app/cite/citationSyntax.ts',
  'app/cite/parseCitation.ts',
  'app/cite/proposeKey.ts',
  'app/commands/commandList.ts',
  'app/engine/engineConnection.ts',
  'app/map/mapLayout.ts',
  'app/map/mapMetrics.ts',
  'app/map/mapTheme.ts',
  'app/map/subtreeOutline.ts',
  'app/map/textWidth.ts',
  'app/model/authorityKey.ts',
  'app/model/errors.ts',
  'app/model/limits.ts',
  'app/model/nodeFields.ts',
  'app/model/oral.ts',
  'app/model/sharedCaseAddress.ts',
  'app/model/structure.ts',
  'app/model/types.ts',
  'app/sources/pinpointAt.ts',
];
const pureModules = `^(${RENDERER_MAY_RUN.map((path) => path.replace(/\./g, '\\.')).join('|')})$`;

/** A package, wherever node_modules is (the project's may be a link), or its bare name when it did not resolve. */
const packages = (names) => `(^|/)node_modules/(${names})/|^(${names})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'app-not-electron',
      comment: 'app/ is the domain: it runs in the CLI and the engine, where there is no Electron.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: packages('electron') },
    },
    {
      name: 'app-not-react',
      comment: 'app/ is the domain: no React, no TipTap or ProseMirror views.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: packages('react|react-dom|@tiptap/[^/]+|prosemirror-view') },
    },
    {
      name: 'app-not-shells',
      comment: 'app/ knows neither the Electron shell (main/) nor the UI (renderer/).',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^(main|renderer)/' },
    },
    {
      name: 'only-store-runs-sqlite',
      comment: 'One module owns better-sqlite3: app/store/. Others may name its types.',
      severity: 'error',
      from: { path: '^(app|main|renderer)/', pathNot: '^app/store/' },
      to: { path: packages('better-sqlite3'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-app-types-only',
      comment: 'The renderer reaches the domain through the API client; it runs only the pure modules listed.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        path: '^app/',
        pathNot: pureModules,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'pure-modules-stay-pure',
      comment: 'What the renderer may run runs only other modules of that list: no Node, no packages, no I/O.',
      severity: 'error',
      from: { path: pureModules },
      to: { pathNot: pureModules, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-not-main',
      comment: 'The renderer reaches the shell only through the preload’s API.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'main-not-renderer',
      comment: 'main/ is the shell: it imports no renderer internals (shared lists live in app/).',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    exclude: { path: '^(out|node_modules)/' },
  },
};
