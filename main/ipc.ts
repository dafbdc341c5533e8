import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcChannel } from '../app/api/desktopContract';
import { desktopInputs } from '../app/api/desktopInputs';
import { API_METHOD_NAMES, DESKTOP_METHOD_NAMES, type DesktopMethodName } from '../app/api/methodList';
import { type ApiReply, toReply } from '../app/api/reply';
import { parseInput } from '../app/api/service';
import { isTrustedSender } from './security';

/** What a window's page can reach: its own case service, and the desktop calls that need its window. */
export interface CaseTarget {
  /** Calls a service-API method with input nobody has checked yet (the service parses it). */
  call: (name: string, input: unknown) => Promise<unknown>;
  /** Runs a desktop call with input its schema has parsed. */
  desktop: (name: DesktopMethodName, input: unknown) => Promise<unknown>;
}

/** The case target of a webContents, or undefined when the webContents is not one of our case windows. */
export type TargetOf = (contents: WebContents) => CaseTarget | undefined;

const refused = (): ApiReply => ({
  ok: false,
  error: { code: 'invalid_input', message: 'Refused: the call did not come from a Casewright window.' },
});

/**
 * Registers one `ipcMain.handle` per service-API method (from the API's own list) and per desktop call. Each
 * checks that the sender is the top frame of one of our windows on `app://casewright` before anything runs.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, targetOf: TargetOf): void {
  const guarded =
    (run: (target: CaseTarget, input: unknown) => Promise<unknown>) => (event: IpcMainInvokeEvent, input: unknown) => {
      const target = targetOf(event.sender);
      if (!target || !isTrustedSender(event, (contents) => targetOf(contents) !== undefined)) {
        return Promise.resolve(refused());
      }
      return toReply(() => run(target, input));
    };
  for (const name of API_METHOD_NAMES) {
    ipcMain.handle(
      ipcChannel(name),
      guarded((target, input) => target.call(name, input)),
    );
  }
  for (const name of DESKTOP_METHOD_NAMES) {
    ipcMain.handle(
      ipcChannel(name),
      guarded((target, input) => target.desktop(name, parseInput(name, desktopInputs[name], input))),
    );
  }
}
