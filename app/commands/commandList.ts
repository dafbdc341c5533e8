import { CASE_SIDES, NODE_KINDS } from '../model/types';

/**
 * Where a command appears in the desktop app's menus: `<menu>.<section>`; sections of one menu are separated.
 * The renderer's toolbar, shortcuts and palette and the Electron menu all read this one list.
 */
export type MenuSection =
  | 'file.export'
  | 'file.share'
  | 'edit.history'
  | 'edit.find'
  | 'node.edit'
  | 'node.add'
  | 'view.views'
  | 'view.sides'
  | 'view.map'
  | 'view.palette';

/** One action of the app, as data: no behaviour, no DOM, so the Electron main process can read it too. */
export interface CommandSpec {
  id: string;
  label: string;
  /** `Mod` is Ctrl, or ⌘ on macOS. */
  shortcut?: string;
  /**
   * `outline`: only while the outline has the focus; `map`: offered while the map is shown, its key only while the
   * map has the focus; `global`: anywhere but inside a text field.
   */
  scope: 'outline' | 'map' | 'global';
  menu?: MenuSection;
}

const VIEWS = [
  ['outline', 'Show the outline and editor', 'Mod+1'],
  ['map', 'Show the argument map', 'Mod+2'],
  ['document', 'Show the document preview', 'Mod+3'],
  ['practice', 'Practise the oral argument', 'Mod+4'],
] as const;

const MAP_COMMANDS = [
  ['map.fit', 'Fit the map in view', 'F'],
  ['map.focus', 'Focus the map on the selected box', 'Shift+Enter'],
  ['map.follow', 'Map: follow the outline (or stop)', 'O'],
  ['map.minimap', 'Show or hide the minimap', 'M'],
  ['map.direction-down', 'Lay out the map top-down', 'T'],
  ['map.direction-right', 'Lay out the map left to right', 'L'],
  ['map.export', 'Export the map…', 'Mod+Shift+E'],
] as const;

/** Every command of the app, in menu order. */
export const COMMAND_LIST = [
  { id: 'node.add-sibling', label: 'Add node after', shortcut: 'Enter', scope: 'outline', menu: 'node.edit' },
  { id: 'node.add-child', label: 'Add child node', shortcut: 'Mod+Enter', scope: 'global', menu: 'node.edit' },
  { id: 'node.indent', label: 'Indent', shortcut: 'Tab', scope: 'outline', menu: 'node.edit' },
  { id: 'node.outdent', label: 'Outdent', shortcut: 'Shift+Tab', scope: 'outline', menu: 'node.edit' },
  { id: 'node.move-up', label: 'Move up', shortcut: 'Alt+ArrowUp', scope: 'global', menu: 'node.edit' },
  { id: 'node.move-down', label: 'Move down', shortcut: 'Alt+ArrowDown', scope: 'global', menu: 'node.edit' },
  { id: 'node.rename', label: 'Rename', shortcut: 'F2', scope: 'global', menu: 'node.edit' },
  { id: 'node.delete', label: 'Delete node', shortcut: 'Delete', scope: 'outline', menu: 'node.edit' },
  ...NODE_KINDS.map((kind) => ({
    id: `node.add-${kind}` as const,
    label: `Add ${kind} below the selected node`,
    scope: 'global' as const,
    menu: 'node.add' as const,
  })),
  { id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', scope: 'global', menu: 'edit.history' },
  { id: 'edit.redo', label: 'Redo', shortcut: 'Mod+Shift+Z', scope: 'global', menu: 'edit.history' },
  { id: 'app.palette', label: 'Command palette', shortcut: 'Mod+K', scope: 'global', menu: 'view.palette' },
  { id: 'app.search', label: 'Search in the case', shortcut: 'Mod+F', scope: 'global', menu: 'edit.find' },
  { id: 'app.export', label: 'Export…', shortcut: 'Mod+E', scope: 'global', menu: 'file.export' },
  { id: 'citecheck.draft', label: 'Check a draft…', scope: 'global', menu: 'file.export' },
  { id: 'citecheck.report-pdf', label: 'Cite Check Report (PDF)…', scope: 'global', menu: 'file.export' },
  { id: 'citecheck.report-docx', label: 'Cite Check Report (DOCX)…', scope: 'global', menu: 'file.export' },
  { id: 'case.settings', label: 'Case settings…', scope: 'global', menu: 'file.export' },
  { id: 'case.save-version', label: 'Save version…', scope: 'global', menu: 'file.export' },
  { id: 'case.versions', label: 'Versions: compare, restore, redline', scope: 'global', menu: 'file.export' },
  { id: 'case.share', label: 'Share case…', scope: 'global', menu: 'file.share' },
  { id: 'case.open-shared', label: 'Open shared case…', scope: 'global', menu: 'file.share' },
  { id: 'case.go-offline', label: 'Take the shared case offline', scope: 'global', menu: 'file.share' },
  { id: 'case.go-online', label: 'Take the shared case online', scope: 'global', menu: 'file.share' },
  { id: 'case.reload', label: 'Reload the case', scope: 'global' },
  {
    id: 'source.open',
    label: 'Open the cited source beside the editor',
    shortcut: 'Mod+Shift+O',
    scope: 'global',
    menu: 'view.palette',
  },
  ...VIEWS.map(([view, label, shortcut]) => ({
    id: `view.${view}` as const,
    label,
    shortcut,
    scope: 'global' as const,
    menu: 'view.views' as const,
  })),
  ...CASE_SIDES.map((side) => ({
    id: `side.${side}` as const,
    label: side === 'both' ? 'Show both sides' : `Show the ${side}'s side`,
    scope: 'global' as const,
    menu: 'view.sides' as const,
  })),
  ...MAP_COMMANDS.map(([id, label, shortcut]) => ({
    id,
    label,
    shortcut,
    scope: 'map' as const,
    menu: 'view.map' as const,
  })),
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_LIST)[number]['id'];

/** Whether a value received from outside (a menu message) names a command of the list. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && COMMAND_LIST.some((command) => command.id === value);
}
