import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_LIST, type CommandSpec, type MenuSection } from '../app/commands/commandList';

/** What the menu's own items do (the commands of the list are sent to the focused window instead). */
export interface MenuActions {
  newCase: () => void;
  openCase: () => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  openSample: () => void;
  restoreBackup: () => void;
  saveAs: () => void;
  about: () => void;
  /** Sends a command id to the focused window's renderer, which runs it. */
  sendCommand: (commandId: string) => void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly string[];
  /** Whether to offer the developer tools (not in the packaged app). */
  developer: boolean;
  actions: MenuActions;
}

const KEY_NAMES: Record<string, string> = {
  Mod: 'CmdOrCtrl',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

/** A shortcut of the command list as an Electron accelerator: `Mod+Shift+Z` → `CmdOrCtrl+Shift+Z`. */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => KEY_NAMES[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

/** Shortcuts without Ctrl/⌘ or Alt (Enter, Tab, Delete, F2) are the outline's: shown, not taken from text fields. */
function takesKeyFromPage(shortcut: string): boolean {
  return /(^|\+)(Mod|Alt)\+/.test(shortcut);
}

function commandItem(command: CommandSpec, actions: MenuActions): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = {
    id: command.id,
    label: command.label,
    click: () => actions.sendCommand(command.id),
  };
  if (command.shortcut !== undefined) {
    item.accelerator = toAccelerator(command.shortcut);
    if (!takesKeyFromPage(command.shortcut)) item.registerAccelerator = false;
  }
  return item;
}

/** The commands of a menu (`node`) or of one section (`edit.history`), with separators between sections. */
function commandItems(place: string, actions: MenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let section: MenuSection | undefined;
  for (const command of COMMAND_LIST as readonly CommandSpec[]) {
    if (command.menu !== place && !command.menu?.startsWith(`${place}.`)) continue;
    if (section !== undefined && section !== command.menu) items.push({ type: 'separator' });
    section = command.menu;
    items.push(commandItem(command, actions));
  }
  return items;
}

/**
 * The application menu, built from the renderer's command list (one source for menu, toolbar, shortcuts and
 * palette) plus the File items the main process owns and the platform's standard roles.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, platform } = options;
  const mac = platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = options.recent.length
    ? [
        ...options.recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
        { type: 'separator' },
        { label: 'Clear Recent', click: actions.clearRecent },
      ]
    : [{ label: 'No recent cases', enabled: false }];
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { label: `About ${options.appName}`, click: actions.about },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: actions.newCase },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: actions.openCase },
        { label: 'Open Recent', submenu: recent },
        { label: 'Open the Sample Case', click: actions.openSample },
        { label: 'Restore Backup…', click: actions.restoreBackup },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveAs },
        ...commandItems('file', actions),
        { type: 'separator' },
        { role: 'close' },
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        ...commandItems('edit.history', actions),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
        { role: 'selectAll' },
        { type: 'separator' },
        ...commandItems('edit.find', actions),
      ],
    },
    { label: '&Node', submenu: commandItems('node', actions) },
    {
      label: '&View',
      submenu: [
        ...commandItems('view', actions),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.developer ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${options.appName}`, click: actions.about }] },
  );
  return template;
}
