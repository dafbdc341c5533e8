import type { StreamMessage } from './changeEvent';
import type { MethodInput } from './handlers';
import type { DesktopMethodName } from './methodList';

/** The IPC channel of a service-API method, or of one of the desktop app's own calls. */
export function ipcChannel(name: string): string {
  return `api:${name}`;
}

/** The channel on which the main process sends the renderer the id of a menu command to run. */
export const COMMAND_CHANNEL = 'menu:command';

/** The channel on which a page asks main for its channel (a MessagePort) to the engine of its case. */
export const ENGINE_PORT_REQUEST = 'engine:connect';

/** The channel on which main hands a page its MessagePort to the engine: on request, and after a restart. */
export const ENGINE_PORT_CHANNEL = 'engine:port';

/** Where a file was saved, or `saved: false` when the user cancelled the dialog. */
export interface SavedFile {
  saved: boolean;
  path: string | null;
}

/** What a page hears from its engine over its MessagePort. */
export interface EngineListener {
  /** Each change and each export progress the engine pushed. */
  message: (message: StreamMessage) => void;
  /** The case's revision after each call this page made. */
  revision: (revision: number) => void;
  /** The channel is open: first, and again after the engine was restarted (changes may have been missed). */
  open: (reconnected: boolean) => void;
}

/** The desktop app's own calls (the desktop-only methods of the method list), the menu commands and the engine's stream. */
export type DesktopClient = DesktopCalls & {
  /** Calls `listener` with the id of each menu command; returns the function that unsubscribes. */
  onCommand: (listener: (commandId: string) => void) => () => void;
  /** Listens to the engine's change stream; returns the function that stops listening. */
  onEngine: (listener: EngineListener) => () => void;
  /** The name this window's calls carry on the change stream (so that it knows its own changes). */
  clientId: () => string;
};

interface DesktopCalls extends Record<DesktopMethodName, (input: never) => Promise<SavedFile>> {
  /** Shows a save dialog for an exported document (base64 bytes) and writes it. */
  'desktop-save-export': (input: { fileName: string; base64: string }) => Promise<SavedFile>;
  /** Prints the HTML export to PDF with Chromium, shows a save dialog and writes it. */
  'desktop-export-pdf': (input: Omit<MethodInput<'export-document'>, 'format'>) => Promise<SavedFile>;
  /** Prints the Cite Check Report to PDF with Chromium, shows a save dialog and writes it. */
  'desktop-citecheck-pdf': (input: Omit<MethodInput<'citecheck-report'>, 'format'>) => Promise<SavedFile>;
  /** Asks where to keep a shared case's local copy, then opens it in a window of its own. */
  'desktop-open-shared': (input: Omit<MethodInput<'case-open-shared'>, 'path'>) => Promise<SavedFile>;
}
