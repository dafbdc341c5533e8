/** What a method does beyond reading and changing the open case; a method without traits has none of these. */
export interface MethodTraits {
  /** It opens, creates, writes or deletes files and folders the input names (not only the open case's own file). */
  touchesFiles?: true;
  /** It runs long: the method named here tells how far it has got, while it runs. */
  progress?: string;
  /** Only the desktop app has it (a save dialog, Chromium's printing): its preload exposes it, the service has no handler. */
  desktopOnly?: true;
}

/**
 * Every method a window may call, with its traits: the one declaration from which the preload's list, the service's
 * handler map (which must implement exactly the methods not desktop-only), the fuzz lists and the progress lists
 * follow. Node-free, so that the sandboxed preload can bundle it. A name given twice does not compile.
 */
export const METHOD_LIST = {
  'case-create': { touchesFiles: true },
  'case-open': { touchesFiles: true },
  'case-open-sample': { touchesFiles: true },
  'case-close': { touchesFiles: true },
  'case-save-as': { touchesFiles: true },
  'backups-list': { touchesFiles: true },
  'backups-create': { touchesFiles: true },
  'backups-restore': { touchesFiles: true },
  'case-get': {},
  'case-view': {},
  'case-update': {},
  'history-undo': {},
  'history-redo': {},
  'history-state': {},
  'evaluation-get': {},
  'outline-get': {},
  'nodes-get': {},
  'nodes-add': {},
  'nodes-update': {},
  'nodes-move': {},
  'nodes-indent': {},
  'nodes-outdent': {},
  'nodes-reorder': {},
  'nodes-delete': {},
  'authorities-list': {},
  'authorities-add': {},
  'authorities-update': {},
  'authorities-delete': {},
  search: {},
  'interchange-export': {},
  'interchange-import': {},
  'import-argdown': {},
  'import-aif': {},
  'import-sources': {},
  'import-outline': {},
  'export-argdown': {},
  'export-aif': {},
  'templates-list': {},
  'templates-save': { touchesFiles: true },
  'templates-apply': {},
  'templates-delete': { touchesFiles: true },
  'export-check': {},
  'export-document': { progress: 'export-progress' },
  'export-progress': {},
  'versions-list': {},
  'versions-save': {},
  'versions-delete': {},
  'versions-get': {},
  'versions-restore': {},
  'sources-attach': {},
  'sources-list': {},
  'sources-get': {},
  'sources-detach': {},
  'citecheck-get': {},
  'citecheck-draft': {},
  'citecheck-report': {},
  'citecheck-mark': {},
  'oral-plan': {},
  'practice-plan': {},
  'practice-save': {},
  'practice-rate': {},
  'practice-runs': {},
  'practice-log': {},
  'versions-compare': { touchesFiles: true },
  'map-export': {},
  'case-share': { touchesFiles: true },
  'case-open-shared': { touchesFiles: true },
  'collab-status': {},
  'collab-connection': {},
  'collab-presence': {},
  'collab-notice-dismiss': {},
  'collab-notice-restore': {},
  'desktop-save-export': { desktopOnly: true, touchesFiles: true },
  'desktop-export-pdf': { desktopOnly: true, touchesFiles: true, progress: 'export-progress' },
  'desktop-citecheck-pdf': { desktopOnly: true, touchesFiles: true },
  'desktop-open-shared': { desktopOnly: true, touchesFiles: true },
} as const satisfies Record<string, MethodTraits>;

type MethodList = typeof METHOD_LIST;
type Named<Trait> = { [Name in keyof MethodList]: MethodList[Name] extends Trait ? Name : never }[keyof MethodList];

/** A method of the list, whoever runs it. */
export type DeclaredMethodName = keyof MethodList;
/** A method of the desktop app's own (main process), not of the service. */
export type DesktopMethodName = Named<{ desktopOnly: true }>;
/** A method of the service API. */
export type ApiMethodName = Exclude<DeclaredMethodName, DesktopMethodName>;

const entries = Object.entries(METHOD_LIST) as [DeclaredMethodName, MethodTraits][];
const namesWhere = <Name extends DeclaredMethodName>(test: (traits: MethodTraits) => boolean) =>
  entries.filter(([, traits]) => test(traits)).map(([name]) => name as Name);

/** The service API's methods, in the order of the list. */
export const API_METHOD_NAMES: readonly ApiMethodName[] = namesWhere((traits) => !traits.desktopOnly);
/** The desktop app's own methods. */
export const DESKTOP_METHOD_NAMES: readonly DesktopMethodName[] = namesWhere((traits) => traits.desktopOnly === true);
/** Methods that name files or folders: fuzzing them would write wherever a random path points. */
export const FILE_METHOD_NAMES: readonly DeclaredMethodName[] = namesWhere((traits) => traits.touchesFiles === true);
/** Methods that run long, each with the method that reads its progress. */
export const PROGRESS_METHODS: ReadonlyMap<DeclaredMethodName, string> = new Map(
  entries.flatMap(([name, traits]) => (traits.progress === undefined ? [] : [[name, traits.progress] as const])),
);

/** Whether a value received from outside names a method of the list. */
export function isDeclaredMethod(name: unknown): name is DeclaredMethodName {
  return typeof name === 'string' && Object.hasOwn(METHOD_LIST, name);
}
