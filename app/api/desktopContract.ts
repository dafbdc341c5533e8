import type { MethodInput } from './handlers';
import type { ApiErrorPayload } from './service';

/** The IPC channel of a service-API method, or of one of the desktop app's own calls. */
export function ipcChannel(name: string): string {
  return `api:${name}`;
}

/** The channel on which the main process sends the renderer the id of a menu command to run. */
export const COMMAND_CHANNEL = 'menu:command';

/** The desktop app's own calls beside the service API: they need a save dialog or Chromium's printing. */
export const DESKTOP_METHOD_NAMES = ['desktop-save-export', 'desktop-export-pdf'] as const;
export type DesktopMethodName = (typeof DESKTOP_METHOD_NAMES)[number];

/** What crosses IPC for every call: a result or a serialisable error, never an Error object. */
export type IpcReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload };

/** Where a file was saved, or `saved: false` when the user cancelled the dialog. */
export interface SavedFile {
  saved: boolean;
  path: string | null;
}

/** The desktop app's own calls and the menu-command subscription, as the preload exposes them. */
export interface DesktopClient {
  /** Shows a save dialog for an exported document (base64 bytes) and writes it. */
  'desktop-save-export': (input: { fileName: string; base64: string }) => Promise<SavedFile>;
  /** Prints the HTML export to PDF with Chromium, shows a save dialog and writes it. */
  'desktop-export-pdf': (input: Omit<MethodInput<'export-document'>, 'format'>) => Promise<SavedFile>;
  /** Calls `listener` with the id of each menu command; returns the function that unsubscribes. */
  onCommand: (listener: (commandId: string) => void) => () => void;
}
