import { existsSync, readFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { desktopInputs } from '../../app/api/desktopInputs';
import { PAGINATION_STATE_SCRIPT } from '../../app/export/awaitPagination';
import { PRINT_PARTITION, printHtmlToPdf } from '../../main/printToPdf';
import type { CaseWindows } from '../../main/windows';
import { type TempService, tempService } from '../support/tempService';
import { CHECKLIST_PREFERENCES } from './support/checklist';
import { exportWindows } from './support/exportWindows';
import { FakeBrowserWindow } from './support/fakeElectron';

describe('the desktop calls’ inputs', () => {
  test.each([
    ['a path', { fileName: '../../.bashrc', base64: 'AA==' }],
    ['an absolute path', { fileName: '/etc/cron.d/job', base64: 'AA==' }],
    ['a Windows path', { fileName: 'C:\\Windows\\win.ini', base64: 'AA==' }],
    ['a control character', { fileName: 'memo\u0000.docx', base64: 'AA==' }],
    ['a bidi override', { fileName: 'memo\u202excod.exe', base64: 'AA==' }],
    ['dot-dot', { fileName: '..', base64: 'AA==' }],
    ['an empty name', { fileName: '  ', base64: 'AA==' }],
    ['a huge name', { fileName: `${'x'.repeat(300)}.docx`, base64: 'AA==' }],
    ['not base64', { fileName: 'memo.docx', base64: '<script>alert(1)</script>' }],
    ['an extra field', { fileName: 'memo.docx', base64: 'AA==', path: '/etc/passwd' }],
    ['a number', { fileName: 42, base64: 'AA==' }],
  ])('saving an export refuses %s', (_name, input) => {
    expect(desktopInputs['desktop-save-export'].safeParse(input).success).toBe(false);
  });

  test('the PDF export takes the document export’s fields, never a format', () => {
    expect(desktopInputs['desktop-export-pdf'].safeParse({ layout: 'memorial', side: 'applicant' }).success).toBe(true);
    expect(desktopInputs['desktop-export-pdf'].safeParse({ layout: 'memorial', format: 'docx' }).success).toBe(false);
    expect(desktopInputs['desktop-export-pdf'].safeParse({ layout: 'brief' }).success).toBe(false);
  });
});

describe('exports in the desktop app', () => {
  let temp: TempService;
  let windows: CaseWindows;
  let close: () => Promise<void>;
  const dialog = { showSaveDialog: vi.fn() };

  beforeEach(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    temp.service.close();
    dialog.showSaveDialog.mockReset();
    ({ windows, close } = exportWindows(temp, dialog as never));
  });
  afterEach(async () => {
    await close();
    temp.dispose();
  });

  test('the paged export is printed in a hidden window once it has paginated itself, then saved', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('memorial.pdf') });
    const saved = await caseWindow.target.desktop('desktop-export-pdf', { layout: 'memorial', side: 'applicant' });
    expect(saved).toEqual({ saved: true, path: temp.path('memorial.pdf') });
    expect(readFileSync(temp.path('memorial.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    const printer = FakeBrowserWindow.instances.at(-1)!;
    expect(printer.options).toEqual({
      show: false,
      webPreferences: { ...CHECKLIST_PREFERENCES, javascript: true, partition: PRINT_PARTITION },
    });
    expect(printer.webContents.executeJavaScript).toHaveBeenCalledWith(PAGINATION_STATE_SCRIPT);
    expect(printer.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(printer.destroyed).toBe(true);
    expect(existsSync(printer.loadedFile!)).toBe(false);
    const [, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(options.defaultPath).toMatch(/-memorial-applicant\.pdf$/);
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect((caseWindow.window as unknown as FakeBrowserWindow).progress.at(-1)).toBe(-1);
  });

  test('the printed page is the paged export: its driver, the only script its CSP allows', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    let printed = '';
    const loadFile = FakeBrowserWindow.prototype.loadFile;
    const spy = vi.spyOn(FakeBrowserWindow.prototype, 'loadFile').mockImplementation(async function (
      this: FakeBrowserWindow,
      file: string,
    ) {
      printed = readFileSync(file, 'utf8');
      return loadFile.call(this, file);
    });
    await caseWindow.target.desktop('desktop-export-pdf', { layout: 'memorial', side: 'applicant' });
    spy.mockRestore();
    expect(printed).toMatch(/script-src &#39;sha256-[^&]+&#39;"/);
    expect(printed).toContain('<template id="casewright-content">');
    expect(printed.match(/<script>/g)).toHaveLength(1);
  });

  test('printing waits for the page to paginate, and says why when it cannot', async () => {
    const states: unknown[] = [{}, {}, { paged: '3' }];
    const waiting = (options: object) => {
      const window = new FakeBrowserWindow(options as never);
      window.webContents.executeJavaScript.mockImplementation(async () => states.shift() ?? { paged: '3' });
      return window as unknown as BrowserWindow;
    };
    expect((await printHtmlToPdf('<p>Memorial</p>', waiting)).toString()).toBe('%PDF-1.7 fake');
    expect(states).toEqual([]);
    const failing = (options: object) => {
      const window = new FakeBrowserWindow(options as never);
      window.webContents.executeJavaScript.mockResolvedValue({ pagedError: 'no content' });
      return window as unknown as BrowserWindow;
    };
    await expect(printHtmlToPdf('<p>Memorial</p>', failing)).rejects.toThrow(
      'The document could not be paginated: no content',
    );
    const failed = FakeBrowserWindow.instances.at(-1)!;
    expect(failed.webContents.printToPDF).not.toHaveBeenCalled();
    expect(failed.destroyed).toBe(true);
  });

  test('the printed page is the HTML it is given, with its own strict CSP', async () => {
    let printed = '';
    const spyWindow = (options: object) => {
      const window = new FakeBrowserWindow(options as never);
      window.loadFile = async (file: string) => {
        printed = readFileSync(file, 'utf8');
      };
      return window as unknown as BrowserWindow;
    };
    const pdf = await printHtmlToPdf(
      '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"><p>Memorial</p>',
      spyWindow,
    );
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(printed).toContain('<p>Memorial</p>');
  });

  test('an export the renderer made is written where the user chose; cancelling writes nothing', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('out.docx') });
    const base64 = Buffer.from('PK\u0003\u0004 a docx').toString('base64');
    expect(await caseWindow.target.desktop('desktop-save-export', { fileName: 'memo.docx', base64 })).toEqual({
      saved: true,
      path: temp.path('out.docx'),
    });
    expect(readFileSync(temp.path('out.docx'), 'utf8')).toBe('PK\u0003\u0004 a docx');
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: temp.path('memo.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await caseWindow.target.desktop('desktop-save-export', { fileName: 'memo.docx', base64 })).toEqual({
      saved: false,
      path: null,
    });
  });
});
