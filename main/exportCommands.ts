import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog } from 'electron';
import type { SavedFile } from '../app/api/desktopContract';
import type { desktopInputs } from '../app/api/desktopInputs';
import type { MethodOutput } from '../app/api/handlers';
import type { DesktopMethodName } from '../app/api/methodList';
import { withBusyTaskbar } from './exportProgress';
import { printHtmlToPdf } from './printToPdf';
import type { CaseWindow } from './windows';

type Input<Name extends DesktopMethodName> = import('zod').output<(typeof desktopInputs)[Name]>;
/** The desktop calls of the exports (the others are File commands). */
export type ExportMethodName = Exclude<DesktopMethodName, 'desktop-open-shared'>;

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.html': { name: 'Web page', extensions: ['html'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.svg': { name: 'SVG image', extensions: ['svg'] },
  '.png': { name: 'PNG image', extensions: ['png'] },
};

export interface ExportCommandsOptions {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  documentsFolder: () => string;
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
}

/** The desktop calls of the exports: save an export's bytes, print the HTML export or the Cite Check Report to PDF. */
export function exportCommands(options: ExportCommandsOptions) {
  const save = async (window: BrowserWindow, fileName: string, bytes: Buffer): Promise<SavedFile> => {
    const filter = FILTERS[extname(fileName).toLowerCase()];
    const chosen = await options.dialog.showSaveDialog(window, {
      title: 'Save the export',
      defaultPath: join(options.documentsFolder(), fileName),
      filters: filter ? [filter] : [],
    });
    if (chosen.canceled || !chosen.filePath) return { saved: false, path: null };
    await writeFile(chosen.filePath, bytes);
    return { saved: true, path: chosen.filePath };
  };

  /** Shows a save dialog for an export the renderer made (base64 bytes) and writes the file. */
  const saveExport = (caseWindow: CaseWindow, input: Input<'desktop-save-export'>) =>
    save(caseWindow.window, input.fileName, Buffer.from(input.base64, 'base64'));

  /** Exports the case as paged HTML in the engine, prints it to PDF in a hidden window and saves it. */
  const exportPdf = async (caseWindow: CaseWindow, input: Input<'desktop-export-pdf'>) => {
    const { target, window } = caseWindow;
    // The engine lays the document out (its progress is pushed to the taskbar); main prints it with Chromium.
    const html = (await target.call('export-document', {
      ...input,
      format: 'html',
      paged: true,
    })) as MethodOutput<'export-document'>;
    const pdf = await withBusyTaskbar(window, () => printHtmlToPdf(html.text ?? '', options.createWindow));
    const fileName = html.fileName.replace(/\.html$/i, '.pdf');
    return save(window, fileName, pdf);
  };

  /** Makes the Cite Check Report's page, prints it to PDF in a hidden window as the memorial is printed, and saves it. */
  const citeCheckPdf = async (caseWindow: CaseWindow, input: Input<'desktop-citecheck-pdf'>) => {
    const report = (await caseWindow.target.call('citecheck-report', {
      ...input,
      format: 'html',
    })) as MethodOutput<'citecheck-report'>;
    const pdf = await printHtmlToPdf(report.text ?? '', options.createWindow, { paged: false });
    return save(caseWindow.window, report.fileName.replace(/\.html$/i, '.pdf'), pdf);
  };

  const calls: { [Name in ExportMethodName]: (caseWindow: CaseWindow, input: Input<Name>) => Promise<SavedFile> } = {
    'desktop-save-export': saveExport,
    'desktop-export-pdf': exportPdf,
    'desktop-citecheck-pdf': citeCheckPdf,
  };
  return (caseWindow: CaseWindow, name: ExportMethodName, input: unknown): Promise<SavedFile> =>
    calls[name](caseWindow, input as never);
}
