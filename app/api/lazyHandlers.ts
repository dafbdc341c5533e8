import type { Handlers, MethodName } from './handlers';
import type { ApiMethodName } from './methodList';

/**
 * Each feature's handler map, loaded when one of its methods is first called: a command that shows a case does not
 * build the schemas and load the code of the exports, imports, versions and sources. `handlers.ts` joins them all
 * (the desktop app and the tests); a test checks that the two agree.
 */
export const HANDLER_GROUPS = {
  file: async () => (await import('./fileHandlers')).fileHandlers,
  backup: async () => (await import('./backupHandlers')).backupHandlers,
  case: async () => (await import('./caseHandlers')).caseHandlers,
  node: async () => (await import('./nodeHandlers')).nodeHandlers,
  authority: async () => (await import('./authorityHandlers')).authorityHandlers,
  search: async () => (await import('./searchHandlers')).searchHandlers,
  interchange: async () => (await import('./interchangeHandlers')).interchangeHandlers,
  import: async () => (await import('./importHandlers')).importHandlers,
  template: async () => (await import('./templateHandlers')).templateHandlers,
  export: async () => (await import('./exportHandlers')).exportHandlers,
  version: async () => (await import('./versionHandlers')).versionHandlers,
  source: async () => (await import('./sourceHandlers')).sourceHandlers,
  citecheck: async () => (await import('./citecheckHandlers')).citecheckHandlers,
  oral: async () => (await import('./oralHandlers')).oralHandlers,
  map: async () => (await import('./mapHandlers')).mapHandlers,
  collab: async () => (await import('./collabHandlers')).collabHandlers,
} as const;

type GroupName = keyof typeof HANDLER_GROUPS;

/** The group that implements each method of the service API (a method missing here does not compile). */
export const METHOD_GROUPS: Record<ApiMethodName, GroupName> = {
  'case-create': 'file',
  'case-open': 'file',
  'case-open-sample': 'file',
  'case-close': 'file',
  'case-save-as': 'file',
  'backups-list': 'backup',
  'backups-create': 'backup',
  'backups-restore': 'backup',
  'case-get': 'case',
  'case-view': 'case',
  'case-update': 'case',
  'history-undo': 'case',
  'history-redo': 'case',
  'history-state': 'case',
  'evaluation-get': 'case',
  'outline-get': 'node',
  'nodes-get': 'node',
  'nodes-add': 'node',
  'nodes-update': 'node',
  'nodes-move': 'node',
  'nodes-indent': 'node',
  'nodes-outdent': 'node',
  'nodes-reorder': 'node',
  'nodes-delete': 'node',
  'authorities-list': 'authority',
  'authorities-add': 'authority',
  'authorities-update': 'authority',
  'authorities-delete': 'authority',
  search: 'search',
  'interchange-export': 'interchange',
  'interchange-import': 'interchange',
  'import-argdown': 'import',
  'import-aif': 'import',
  'import-sources': 'import',
  'import-outline': 'import',
  'export-argdown': 'import',
  'export-aif': 'import',
  'templates-list': 'template',
  'templates-save': 'template',
  'templates-apply': 'template',
  'templates-delete': 'template',
  'export-check': 'export',
  'export-document': 'export',
  'export-progress': 'export',
  'versions-list': 'version',
  'versions-save': 'version',
  'versions-delete': 'version',
  'versions-get': 'version',
  'versions-restore': 'version',
  'sources-attach': 'source',
  'sources-list': 'source',
  'sources-get': 'source',
  'sources-detach': 'source',
  'citecheck-get': 'citecheck',
  'citecheck-draft': 'citecheck',
  'citecheck-report': 'citecheck',
  'citecheck-mark': 'citecheck',
  'oral-plan': 'oral',
  'practice-plan': 'oral',
  'practice-save': 'oral',
  'practice-rate': 'oral',
  'practice-runs': 'oral',
  'practice-log': 'oral',
  'versions-compare': 'version',
  'map-export': 'map',
  'case-share': 'collab',
  'case-open-shared': 'collab',
  'collab-status': 'collab',
  'collab-connection': 'collab',
  'collab-notice-dismiss': 'collab',
  'collab-notice-restore': 'collab',
  'collab-presence': 'collab',
};

/** Whether a value received from outside names a method of the service API. */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(METHOD_GROUPS, name);
}

/** The handler of a method, its group loaded on first use. */
export async function loadHandler<Name extends MethodName>(name: Name): Promise<Handlers[Name]> {
  const group = (await HANDLER_GROUPS[METHOD_GROUPS[name]]()) as Partial<Handlers>;
  const handler = group[name];
  if (handler === undefined) throw new Error(`The method "${name}" is not in its handler group.`);
  return handler as Handlers[Name];
}
