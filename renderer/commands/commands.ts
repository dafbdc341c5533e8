import type { NodeKind } from '../../app/model/types';
import type { CaseStore, View } from '../state/caseStore';

/** What a command can reach: the case store and the app's dialogs. */
export interface CommandContext {
  store: CaseStore;
  openPalette: () => void;
  openExport: () => void;
  focusSearch: () => void;
  focusOutline: () => void;
  confirm: (message: string) => Promise<boolean>;
}

/** One action of the app: the single source for toolbar buttons, shortcuts, the palette and the menu. */
export interface Command {
  id: string;
  label: string;
  /** `Mod` is Ctrl, or ⌘ on macOS. */
  shortcut?: string;
  /** `outline`: only while the outline has the focus; `global`: anywhere but inside a text field. */
  scope: 'outline' | 'global';
  enabled?: (context: CommandContext) => boolean;
  run: (context: CommandContext) => unknown;
}

const selected = (context: CommandContext) => {
  const state = context.store.getState();
  return state.rows.find((row) => row.id === state.selectedId);
};
const hasSelection = (context: CommandContext) => selected(context) !== undefined;

const viewCommand = (view: View, label: string, shortcut: string): Command => ({
  id: `view.${view}`,
  label,
  shortcut,
  scope: 'global',
  run: ({ store }) => store.set({ view }),
});

const addKind = (kind: NodeKind): Command => ({
  id: `node.add-${kind}`,
  label: `Add ${kind} below the selected node`,
  scope: 'global',
  run: ({ store }) => store.addChild(kind),
});

export const COMMANDS: readonly Command[] = [
  {
    id: 'node.add-sibling',
    label: 'Add node after',
    shortcut: 'Enter',
    scope: 'outline',
    run: ({ store }) => store.addSibling(),
  },
  {
    id: 'node.add-child',
    label: 'Add child node',
    shortcut: 'Mod+Enter',
    scope: 'global',
    run: ({ store }) => store.addChild(),
  },
  {
    id: 'node.indent',
    label: 'Indent',
    shortcut: 'Tab',
    scope: 'outline',
    enabled: hasSelection,
    run: ({ store }) => store.run(() => store.api['nodes-indent']({ id: store.getState().selectedId! })),
  },
  {
    id: 'node.outdent',
    label: 'Outdent',
    shortcut: 'Shift+Tab',
    scope: 'outline',
    enabled: hasSelection,
    run: ({ store }) => store.run(() => store.api['nodes-outdent']({ id: store.getState().selectedId! })),
  },
  {
    id: 'node.move-up',
    label: 'Move up',
    shortcut: 'Alt+ArrowUp',
    scope: 'global',
    enabled: hasSelection,
    run: ({ store }) =>
      store.run(() => store.api['nodes-reorder']({ id: store.getState().selectedId!, direction: 'up' })),
  },
  {
    id: 'node.move-down',
    label: 'Move down',
    shortcut: 'Alt+ArrowDown',
    scope: 'global',
    enabled: hasSelection,
    run: ({ store }) =>
      store.run(() => store.api['nodes-reorder']({ id: store.getState().selectedId!, direction: 'down' })),
  },
  {
    id: 'node.rename',
    label: 'Rename',
    shortcut: 'F2',
    scope: 'global',
    enabled: hasSelection,
    run: ({ store }) => store.set({ focusTitle: store.getState().focusTitle + 1 }),
  },
  {
    id: 'node.delete',
    label: 'Delete node',
    shortcut: 'Delete',
    scope: 'outline',
    enabled: hasSelection,
    run: async (context) => {
      const node = selected(context);
      if (!node) return;
      if (node.childCount > 0) {
        const title = node.title || `this ${node.kind}`;
        if (!(await context.confirm(`Delete “${title}” and everything below it?`))) return;
      }
      const index = context.store.getState().rows.findIndex((row) => row.id === node.id);
      await context.store.run(() => context.store.api['nodes-delete']({ id: node.id }));
      const rows = context.store.getState().rows;
      context.store.select(rows[Math.min(index, rows.length - 1)]?.id);
      context.focusOutline();
    },
  },
  ...(['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note'] as const).map(addKind),
  {
    id: 'edit.undo',
    label: 'Undo',
    shortcut: 'Mod+Z',
    scope: 'global',
    enabled: ({ store }) => store.getState().history.canUndo,
    run: ({ store }) => store.run(() => store.api['history-undo']({})).then(() => undefined),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    shortcut: 'Mod+Shift+Z',
    scope: 'global',
    enabled: ({ store }) => store.getState().history.canRedo,
    run: ({ store }) => store.run(() => store.api['history-redo']({})).then(() => undefined),
  },
  {
    id: 'app.palette',
    label: 'Command palette',
    shortcut: 'Mod+K',
    scope: 'global',
    run: (context) => context.openPalette(),
  },
  {
    id: 'app.search',
    label: 'Search in the case',
    shortcut: 'Mod+F',
    scope: 'global',
    run: (context) => context.focusSearch(),
  },
  { id: 'app.export', label: 'Export…', shortcut: 'Mod+E', scope: 'global', run: (context) => context.openExport() },
  viewCommand('outline', 'Show the outline and editor', 'Mod+1'),
  viewCommand('map', 'Show the argument map', 'Mod+2'),
  viewCommand('document', 'Show the document preview', 'Mod+3'),
  ...(['applicant', 'respondent', 'both'] as const).map(
    (side): Command => ({
      id: `side.${side}`,
      label: side === 'both' ? 'Show both sides' : `Show the ${side}'s side`,
      scope: 'global',
      run: ({ store }) => store.set({ sideFilter: side }),
    }),
  ),
];

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
