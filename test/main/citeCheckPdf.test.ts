import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { desktopInputs } from '../../app/api/desktopInputs';
import { PAGINATION_STATE_SCRIPT } from '../../app/export/awaitPagination';
import { PRINT_PARTITION } from '../../main/printToPdf';
import type { CaseWindows } from '../../main/windows';
import { type TempService, tempService } from '../support/tempService';
import { CHECKLIST_PREFERENCES } from './support/checklist';
import { exportWindows } from './support/exportWindows';
import { FakeBrowserWindow } from './support/fakeElectron';

vi.mock('electron', () => ({}));

const STATUTE = [
  'STATUTE OF THE INTERNATIONAL COURT OF JUSTICE',
  'Article 36',
  '1. The jurisdiction of the Court comprises all cases which the parties refer to it.',
  '2. The states parties to the present Statute may at any time declare that they recognize as compulsory ipso facto and without special agreement the jurisdiction of the Court.',
].join('\n');

describe('the Cite Check Report in the desktop app', () => {
  let temp: TempService;
  let windows: CaseWindows;
  let close: () => Promise<void>;
  const dialog = { showSaveDialog: vi.fn() };

  beforeEach(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    await temp.api['sources-attach']({
      key: 'icjstatute',
      fileName: 'statute.txt',
      base64: Buffer.from(STATUTE).toString('base64'),
    });
    temp.service.close();
    dialog.showSaveDialog.mockReset();
    ({ windows, close } = exportWindows(temp, dialog as never));
  });
  afterEach(async () => {
    await close();
    temp.dispose();
  });

  test('is printed by the app’s Chromium in a hidden print window, as the memorial is, and saved where the user chose', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('report.pdf') });
    let printed = '';
    const loadFile = FakeBrowserWindow.prototype.loadFile;
    const spy = vi.spyOn(FakeBrowserWindow.prototype, 'loadFile').mockImplementation(async function (
      this: FakeBrowserWindow,
      file: string,
    ) {
      printed = readFileSync(file, 'utf8');
      return loadFile.call(this, file);
    });
    const saved = await caseWindow.target.desktop('desktop-citecheck-pdf', { date: '2026-12-02' });
    spy.mockRestore();
    expect(saved).toEqual({ saved: true, path: temp.path('report.pdf') });
    expect(readFileSync(temp.path('report.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    const printer = FakeBrowserWindow.instances.at(-1)!;
    expect(printer.options).toEqual({
      show: false,
      webPreferences: { ...CHECKLIST_PREFERENCES, javascript: true, partition: PRINT_PARTITION },
    });
    expect(printer.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(printer.webContents.executeJavaScript).not.toHaveBeenCalledWith(PAGINATION_STATE_SCRIPT);
    expect(printer.destroyed).toBe(true);
    expect(existsSync(printer.loadedFile!)).toBe(false);
    expect(printed).toContain('Cite Check Report');
    expect(printed).toContain('art 36(2)');
    expect(printed).toContain('2026-12-02');
    expect(printed).not.toContain('<script');
    const [, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(options.defaultPath).toMatch(/ - Cite Check Report\.pdf$/);
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  test('cancelling the save dialog writes nothing', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await caseWindow.target.desktop('desktop-citecheck-pdf', {})).toEqual({ saved: false, path: null });
    expect(FakeBrowserWindow.instances.at(-1)!.destroyed).toBe(true);
  });

  test.each([
    ['a format', { format: 'docx' }],
    ['a date that is not one', { date: '2 December' }],
    ['an extra field', { path: '/etc/passwd' }],
  ])('refuses %s', (_name, input) => {
    expect(desktopInputs['desktop-citecheck-pdf'].safeParse(input).success).toBe(false);
  });
});
