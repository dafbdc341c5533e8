import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { COMMAND_LIST, type CommandSpec } from '../../app/commands/commandList';
import { type MenuActions, menuTemplate, toAccelerator } from '../../main/menu';

const actions = (): MenuActions => ({
  newCase: vi.fn(),
  openCase: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  openSample: vi.fn(),
  restoreBackup: vi.fn(),
  saveAs: vi.fn(),
  about: vi.fn(),
  sendCommand: vi.fn(),
});

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const menu = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label || item.role === label)!.submenu as MenuItemConstructorOptions[];

describe('the application menu, built from the command list', () => {
  test.each([
    ['Mod+Z', 'CmdOrCtrl+Z'],
    ['Mod+Shift+Z', 'CmdOrCtrl+Shift+Z'],
    ['Mod+k', 'CmdOrCtrl+K'],
    ['Alt+ArrowUp', 'Alt+Up'],
    ['Alt+ArrowDown', 'Alt+Down'],
    ['Mod+Enter', 'CmdOrCtrl+Enter'],
    ['Shift+Tab', 'Shift+Tab'],
    ['F2', 'F2'],
    ['Delete', 'Delete'],
    ['Mod+1', 'CmdOrCtrl+1'],
  ])('turns the shortcut %s into the accelerator %s', (shortcut, accelerator) => {
    expect(toAccelerator(shortcut)).toBe(accelerator);
  });

  test.each(['linux', 'win32', 'darwin'] as const)(
    'on %s, every command with a shortcut is in the menu with its accelerator',
    (platform) => {
      const menuActions = actions();
      const all = items(
        menuTemplate({ platform, appName: 'Casewright', recent: [], developer: false, actions: menuActions }),
      );
      const withShortcut = (COMMAND_LIST as readonly CommandSpec[]).filter((command) => command.shortcut);
      expect(withShortcut.length).toBeGreaterThan(10);
      for (const command of withShortcut) {
        const item = all.find((candidate) => candidate.id === command.id);
        expect(item, command.id).toBeDefined();
        expect(item!.label).toBe(command.label);
        expect(item!.accelerator).toBe(toAccelerator(command.shortcut!));
        item!.click!({} as never, undefined, {} as never);
        expect(menuActions.sendCommand).toHaveBeenLastCalledWith(command.id);
      }
      const accelerators = all.map((item) => item.accelerator).filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    },
  );

  test('every command placed in a menu appears once; the outline keys do not take keys from text fields', () => {
    const all = items(
      menuTemplate({ platform: 'linux', appName: 'Casewright', recent: [], developer: false, actions: actions() }),
    );
    for (const command of COMMAND_LIST as readonly CommandSpec[]) {
      expect(all.filter((item) => item.id === command.id)).toHaveLength(command.menu ? 1 : 0);
    }
    for (const id of ['node.add-sibling', 'node.indent', 'node.outdent', 'node.delete', 'node.rename']) {
      expect(all.find((item) => item.id === id)!.registerAccelerator).toBe(false);
    }
    expect(all.find((item) => item.id === 'edit.undo')!.registerAccelerator).toBeUndefined();
  });

  test('Edit has the case’s Undo and Redo, then the standard text roles', () => {
    const edit = menu(
      menuTemplate({ platform: 'linux', appName: 'Casewright', recent: [], developer: false, actions: actions() }),
      '&Edit',
    );
    expect(edit.map((item) => item.id ?? item.role ?? item.type)).toEqual([
      'edit.undo',
      'edit.redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'separator',
      'app.search',
    ]);
  });

  test('macOS gets the app menu; other platforms Quit and About under File and Help', () => {
    const mac = menuTemplate({
      platform: 'darwin',
      appName: 'Casewright',
      recent: [],
      developer: false,
      actions: actions(),
    });
    expect(mac[0]!.label).toBe('Casewright');
    expect((mac[0]!.submenu as MenuItemConstructorOptions[]).map((item) => item.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    const linux = menuTemplate({
      platform: 'linux',
      appName: 'Casewright',
      recent: [],
      developer: false,
      actions: actions(),
    });
    expect(linux.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&Node',
      '&View',
      'windowMenu',
      'help',
    ]);
    expect(menu(linux, '&File').some((item) => item.role === 'quit')).toBe(true);
    expect(items(linux).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  test('File lists the recent cases and runs the main process’s own actions; Help → About', () => {
    const menuActions = actions();
    const template = menuTemplate({
      platform: 'linux',
      appName: 'Casewright',
      recent: ['/cases/pact.casewright', '/cases/npt.casewright'],
      developer: true,
      actions: menuActions,
    });
    const file = menu(template, '&File');
    const recent = file.find((item) => item.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      '/cases/pact.casewright',
      '/cases/npt.casewright',
      'separator',
      'Clear Recent',
    ]);
    recent[1]!.click!({} as never, undefined, {} as never);
    expect(menuActions.openRecent).toHaveBeenCalledWith('/cases/npt.casewright');
    const labelled = (label: string) => file.find((item) => item.label === label)!;
    expect(labelled('New Case…').accelerator).toBe('CmdOrCtrl+N');
    expect(labelled('Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(labelled('Save As…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(file.some((item) => item.id === 'app.export')).toBe(true);
    labelled('Restore Backup…').click!({} as never, undefined, {} as never);
    expect(menuActions.restoreBackup).toHaveBeenCalled();
    const about = menu(template, 'help').find((item) => item.label === 'About Casewright')!;
    about.click!({} as never, undefined, {} as never);
    expect(menuActions.about).toHaveBeenCalled();
  });

  test('File has Share case… and Open shared case… in a section of their own, run by the window', () => {
    const menuActions = actions();
    const file = menu(
      menuTemplate({ platform: 'win32', appName: 'Casewright', recent: [], developer: false, actions: menuActions }),
      '&File',
    );
    const labels = file.map((item) => item.label ?? item.type ?? item.role);
    const share = labels.indexOf('Share case…');
    expect(labels.slice(share - 1, share + 4)).toEqual([
      'separator',
      'Share case…',
      'Open shared case…',
      'Take the shared case offline',
      'Take the shared case online',
    ]);
    expect(labels.indexOf('Save As…')).toBeLessThan(share);
    for (const [label, id] of [
      ['Share case…', 'case.share'],
      ['Open shared case…', 'case.open-shared'],
      ['Take the shared case offline', 'case.go-offline'],
    ]) {
      file.find((item) => item.label === label)!.click!({} as never, undefined, {} as never);
      expect(menuActions.sendCommand).toHaveBeenLastCalledWith(id);
    }
  });

  test('File has Check a draft… beside the Cite Check Reports, run by the window', () => {
    const menuActions = actions();
    const file = menu(
      menuTemplate({ platform: 'linux', appName: 'Casewright', recent: [], developer: false, actions: menuActions }),
      '&File',
    );
    const labels = file.map((item) => item.label ?? item.type ?? item.role);
    const draft = labels.indexOf('Check a draft…');
    expect(labels.slice(draft, draft + 3)).toEqual([
      'Check a draft…',
      'Cite Check Report (PDF)…',
      'Cite Check Report (DOCX)…',
    ]);
    file[draft]!.click!({} as never, undefined, {} as never);
    expect(menuActions.sendCommand).toHaveBeenLastCalledWith('citecheck.draft');
  });
});
