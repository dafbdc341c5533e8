import { COMMAND_LIST, type CommandId, type CommandSpec } from '../../app/commands/commandList';
import { CASE_SIDES, type CaseSide, type MapDirection, NODE_KINDS, type NodeKind } from '../../app/model/types';
import { exportCiteCheckReport } from '../api/exportFile';
import type { CaseStore, View } from '../state/caseStore';
import { displayShortcut } from './shortcut';

/** What the sharing dialog does: share the open case, open a shared case, or give the open one's token. */
export type SharingMode = 'share' | 'open' | 'token';

const VIEWS = ['outline', 'map', 'document', 'practice'] as const satisfies readonly View[];

/** What a command can reach: the case store and the app's dialogs. */
export interface CommandContext {
  store: CaseStore;
  openPalette: () => void;
  openExport: () => void;
  /** Opens Check a draft…, which reads a draft written elsewhere and lists the citations that match nothing. */
  openDraftCheck: () => void;
  openSettings: () => void;
  /** Shows the Versions panel; with `askName`, with the name of a new version asked. */
  openVersions: (askName: boolean) => void;
  focusSearch: () => void;
  focusOutline: () => void;
  /** Opens the dialog that shares the case, opens a shared case, or asks for the member's token of the open one. */
  openSharing: (mode: SharingMode) => void;
  /** Asks before something is destroyed; `confirmLabel` names the destructive button ("Delete 6 nodes"). */
  confirm: (message: string, confirmLabel?: string) => Promise<boolean>;
  /** What the map does on its own, held here by the map while it is shown. */
  map: { current: MapControls | undefined };
}

/** The map's own actions, which its commands run. */
export interface MapControls {
  fit: () => void;
  focusSelection: () => void;
  toggleFollow: () => void;
  toggleMinimap: () => void;
  openExport: () => void;
}

/** What a command does; its id, label, shortcut and menu place come from `COMMAND_LIST`. */
interface Behaviour {
  enabled?: (context: CommandContext) => boolean;
  run: (context: CommandContext) => unknown;
}

/** One action of the app: the single source for toolbar buttons, shortcuts, the palette and the menu. */
export type Command = CommandSpec & Behaviour & { id: CommandId };

const selected = (context: CommandContext) => {
  const state = context.store.getState();
  return state.rows.find((row) => row.id === state.selectedId);
};
const hasSelection = (context: CommandContext) => selected(context) !== undefined;
const selectedId = ({ store }: CommandContext) => store.getState().selectedId!;

const deleteNode = async (context: CommandContext) => {
  const node = selected(context);
  if (!node) return;
  const rows = context.store.getState().rows;
  const index = rows.findIndex((row) => row.id === node.id);
  if (node.childCount > 0) {
    const below = countBelow(rows, index);
    const title = node.title || `this ${node.kind}`;
    const message = `Delete “${title}” and the ${below === 1 ? 'node' : `${below} nodes`} below it? ${below + 1} nodes will go; Undo brings them back.`;
    if (!(await context.confirm(message, `Delete ${below + 1} nodes`))) return;
  }
  await context.store.run(() => context.store.api['nodes-delete']({ id: node.id }));
  const left = context.store.getState().rows;
  context.store.select(left[Math.min(index, left.length - 1)]?.id);
  context.focusOutline();
};

/** How many rows lie below the row at `index` (rows in reading order, with depths). */
function countBelow(rows: readonly { depth: number }[], index: number): number {
  let end = index + 1;
  while (end < rows.length && rows[end]!.depth > rows[index]!.depth) end++;
  return end - index - 1;
}

/** Why a moved node changed its kind (app/model/structure.ts `kindUnder`), in a sentence. */
export function kindChange(before: NodeKind, after: NodeKind): string {
  const reason =
    before === 'issue'
      ? 'an issue is a question presented and stands only at the top level'
      : after === 'counter'
        ? 'a response answers a counter; anywhere else it attacks its parent'
        : 'under a counter it answers the counter';
  return `It is now ${after === 'issue' ? 'an' : 'a'} ${after}: ${reason}. Change its kind in the editor if you meant otherwise.`;
}

/** Indents, outdents or moves the selected node and says so when it takes another kind where it now stands. */
export async function placeSelected(
  store: CaseStore,
  place: (id: number) => Promise<{ kind: NodeKind }>,
): Promise<void> {
  const node = selected({ store } as CommandContext);
  if (!node) return;
  const placed = await store.run(() => place(node.id));
  if (placed && placed.kind !== node.kind) store.say(kindChange(node.kind, placed.kind));
}

const mapShown = ({ store }: CommandContext) => store.getState().view === 'map';
const onMap = (act: (map: MapControls) => void): Behaviour => ({
  enabled: mapShown,
  run: ({ map }) => map.current && act(map.current),
});
const layOutMap = (mapDirection: MapDirection): Behaviour => ({
  enabled: (context) => mapShown(context) && (context.store.getState().info?.mapDirection ?? 'down') !== mapDirection,
  run: ({ store }) => store.run(() => store.api['case-update']({ mapDirection })),
});

const addKind = Object.fromEntries(
  NODE_KINDS.map((kind): [string, Behaviour] => [`node.add-${kind}`, { run: ({ store }) => store.addChild(kind) }]),
) as Record<`node.add-${NodeKind}`, Behaviour>;
const showView = Object.fromEntries(
  VIEWS.map((view): [string, Behaviour] => [`view.${view}`, { run: ({ store }) => store.set({ view }) }]),
) as Record<`view.${View}`, Behaviour>;
const showSide = Object.fromEntries(
  CASE_SIDES.map((side): [string, Behaviour] => [
    `side.${side}`,
    { run: ({ store }) => store.set({ sideFilter: side }) },
  ]),
) as Record<`side.${CaseSide}`, Behaviour>;

const BEHAVIOURS: Record<CommandId, Behaviour> = {
  ...addKind,
  ...showView,
  ...showSide,
  'node.add-sibling': { run: ({ store }) => store.addSibling() },
  'node.add-child': { run: ({ store }) => store.addChild() },
  'node.indent': {
    enabled: hasSelection,
    run: ({ store }) => placeSelected(store, (id) => store.api['nodes-indent']({ id })),
  },
  'node.outdent': {
    enabled: hasSelection,
    run: ({ store }) => placeSelected(store, (id) => store.api['nodes-outdent']({ id })),
  },
  'node.move-up': {
    enabled: hasSelection,
    run: (context) =>
      context.store.run(() => context.store.api['nodes-reorder']({ id: selectedId(context), direction: 'up' })),
  },
  'node.move-down': {
    enabled: hasSelection,
    run: (context) =>
      context.store.run(() => context.store.api['nodes-reorder']({ id: selectedId(context), direction: 'down' })),
  },
  'node.rename': {
    enabled: hasSelection,
    run: ({ store }) => store.set({ renaming: store.getState().selectedId }),
  },
  'node.delete': { enabled: hasSelection, run: deleteNode },
  'edit.undo': {
    enabled: ({ store }) => store.getState().history.canUndo,
    run: ({ store }) => store.run(() => store.api['history-undo']({})).then(() => undefined),
  },
  'edit.redo': {
    enabled: ({ store }) => store.getState().history.canRedo,
    run: ({ store }) => store.run(() => store.api['history-redo']({})).then(() => undefined),
  },
  'app.palette': { run: (context) => context.openPalette() },
  'app.search': { run: (context) => context.focusSearch() },
  'app.export': { run: (context) => context.openExport() },
  'case.settings': {
    enabled: ({ store }) => store.getState().info !== undefined,
    run: (context) => context.openSettings(),
  },
  'case.save-version': {
    enabled: ({ store }) => store.getState().info !== undefined,
    run: (context) => context.openVersions(true),
  },
  'case.versions': {
    enabled: ({ store }) => store.getState().info !== undefined,
    run: (context) => context.openVersions(false),
  },
  'case.share': { enabled: ({ store }) => store.getState().info !== undefined, run: shareCase },
  'case.open-shared': { run: (context) => context.openSharing('open') },
  'case.go-offline': {
    enabled: ({ store }) => store.getState().shared?.online === true,
    run: ({ store }) => store.run(() => store.api['collab-connection']({ online: false })),
  },
  'case.go-online': {
    enabled: ({ store }) => store.getState().shared?.online === false || store.getState().shared?.refused != null,
    run: goOnline,
  },
  'case.reload': { run: ({ store }) => store.refresh() },
  'source.open': { enabled: hasSelection, run: openSource },
  'citecheck.draft': {
    enabled: ({ store }) => store.getState().info !== undefined,
    run: (context) => context.openDraftCheck(),
  },
  'citecheck.report-pdf': { run: ({ store }) => saveReport(store, 'pdf') },
  'citecheck.report-docx': { run: ({ store }) => saveReport(store, 'docx') },
  'map.fit': onMap((map) => map.fit()),
  'map.focus': {
    ...onMap((map) => map.focusSelection()),
    enabled: (context) => mapShown(context) && hasSelection(context),
  },
  'map.follow': onMap((map) => map.toggleFollow()),
  'map.minimap': onMap((map) => map.toggleMinimap()),
  'map.direction-down': layOutMap('down'),
  'map.direction-right': layOutMap('right'),
  'map.export': onMap((map) => map.openExport()),
};

/** Opens Share case…, or says where the case is shared already. */
function shareCase(context: CommandContext): void {
  const { shared } = context.store.getState();
  if (shared) context.store.say(`This case is shared already, on ${shared.url} as “${shared.name}”.`);
  else context.openSharing('share');
}

/** Takes the shared case online, first asking for the member's token when none is known or the server refused it. */
function goOnline(context: CommandContext): unknown {
  const { shared } = context.store.getState();
  if (!shared) return undefined;
  if (shared.tokenNeeded || shared.refused !== null) return context.openSharing('token');
  return context.store.run(() => context.store.api['collab-connection']({ online: true }));
}

/** Opens the source pane on the selected node's citation shown there last (its first, at first), or focuses it. */
function openSource({ store }: CommandContext): void {
  const { selectedId: nodeId, source } = store.getState();
  if (nodeId === undefined) return;
  store.openSource({ nodeId, index: source?.nodeId === nodeId ? source.index : 0 });
}

async function saveReport(store: CaseStore, format: 'pdf' | 'docx'): Promise<void> {
  store.say(`Making the Cite Check Report (${format.toUpperCase()})…`);
  try {
    const done = await exportCiteCheckReport(store.api, format, window.casewright);
    store.set({ message: done ? { text: done, tone: 'info' } : undefined });
  } catch (error) {
    store.say(`The Cite Check Report could not be made: ${(error as Error).message}`, 'error');
  }
}

export const COMMANDS: readonly Command[] = COMMAND_LIST.map((spec) => ({ ...spec, ...BEHAVIOURS[spec.id] }));

/** The command of an id. */
export const commandById = (id: CommandId): Command => COMMANDS.find((command) => command.id === id)!;

/** Whether the palette offers a command now: the map's only while the map is shown. */
export const isOffered = (command: Command, context: CommandContext): boolean =>
  command.scope !== 'map' || mapShown(context);

/** A command's label with its shortcut, as a button's tooltip shows it. */
export const commandTitle = (command: Command): string =>
  command.shortcut ? `${command.label} (${displayShortcut(command.shortcut)})` : command.label;

/** Whether a command can run now. */
export const isEnabled = (command: Command, context: CommandContext): boolean =>
  !command.enabled || command.enabled(context);

/** Finds the command a key event triggers in a scope. */
export function commandForEvent(
  event: KeyboardEvent,
  scope: Command['scope'],
  match: (event: KeyboardEvent, shortcut: string) => boolean,
): Command | undefined {
  return COMMANDS.find(
    (command) => command.shortcut !== undefined && command.scope === scope && match(event, command.shortcut),
  );
}
