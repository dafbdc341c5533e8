import type { MethodInput } from './handlers';
import type { DesktopMethodName } from './methodList';

/** The IPC channel of a service-API method, or of one of the desktop app's own calls. */
export function ipcChannel(name: string): string {
  return `api:${name}`;
}

/** The channel on which the main process sends the renderer the id of a menu command to run. */
export const COMMAND_CHANNEL = 'menu:command';

/** Where a file was saved, or `saved: false` when the user cancelled the dialog. */
export interface SavedFile {
  saved: boolean;
  path: string | null;
}

/** The desktop app's own calls (the desktop-only methods of the method list) and the menu-command subscription. */
export type DesktopClient = DesktopCalls & {
  /** Calls `listener` with the id of each menu command; returns the function that unsubscribes. */
  onCommand: (listener: (commandId: string) => void) => () => void;
};

interface DesktopCalls extends Record<DesktopMethodName, (input: never) => Promise<SavedFile>> {
  /** Shows a save dialog for an exported document (base64 bytes) and writes it. */
  'desktop-save-export': (input: { fileName: string; base64: string }) => Promise<SavedFile>;
  /** Prints the HTML export to PDF with Chromium, shows a save dialog and writes it. */
  'desktop-export-pdf': (input: Omit<MethodInput<'export-document'>, 'format'>) => Promise<SavedFile>;
  /** Prints the Cite Check Report to PDF with Chromium, shows a save dialog and writes it. */
  'desktop-citecheck-pdf': (input: Omit<MethodInput<'citecheck-report'>, 'format'>) => Promise<SavedFile>;
}
