import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, MessagePortMain, WebContents } from 'electron';
import { ENGINE_PORT_CHANNEL, ENGINE_PORT_REQUEST, ipcChannel } from '../app/api/desktopContract';
import { desktopInputs } from '../app/api/desktopInputs';
import { DESKTOP_METHOD_NAMES, type DesktopMethodName } from '../app/api/methodList';
import { parseInput } from '../app/api/parseInput';
import { type ApiReply, toReply } from '../app/api/reply';
import { isTrustedSender } from './security';

/** What a window's page can reach through main: a channel to its case's engine, and the desktop calls. */
export interface CaseTarget {
  /** Calls a service-API method in the window's engine (main's own calls: file commands, exports to PDF). */
  call: (name: string, input: unknown) => Promise<unknown>;
  /** Runs a desktop call with input its schema has parsed. */
  desktop: (name: DesktopMethodName, input: unknown) => Promise<unknown>;
  /** A new channel to the window's engine, for its page. */
  openPort: () => MessagePortMain;
}

/** The case target of a webContents, or undefined when the webContents is not one of our case windows. */
export type TargetOf = (contents: WebContents) => CaseTarget | undefined;

const refused = (): ApiReply => ({
  ok: false,
  error: { code: 'invalid_input', message: 'Refused: the call did not come from a Casewright window.' },
});

/**
 * Registers the desktop calls (one `ipcMain.handle` each, from the API's own list) and the request by which a page
 * gets its channel to the engine (the service API's calls and the change stream then go over that channel, not
 * through main). Each checks that the sender is the top frame of one of our windows on `app://casewright`.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'on'>, targetOf: TargetOf): void {
  const trusted = (event: IpcMainInvokeEvent | IpcMainEvent) => {
    const target = targetOf(event.sender);
    return target && isTrustedSender(event, (contents) => targetOf(contents) !== undefined) ? target : undefined;
  };
  for (const name of DESKTOP_METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), (event: IpcMainInvokeEvent, input: unknown) => {
      const target = trusted(event);
      if (!target) return Promise.resolve(refused());
      return toReply(() => target.desktop(name, parseInput(name, desktopInputs[name], input)));
    });
  }
  ipcMain.on(ENGINE_PORT_REQUEST, (event: IpcMainEvent) => {
    const target = trusted(event);
    if (target) event.sender.postMessage(ENGINE_PORT_CHANNEL, null, [target.openPort()]);
  });
}
