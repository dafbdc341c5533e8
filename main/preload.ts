// The preload of every case window: sandboxed, so it is bundled as CommonJS and requires nothing but `electron`.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { COMMAND_CHANNEL, type DesktopClient, ipcChannel } from '../app/api/desktopContract';
import type { ApiClient } from '../app/api/handlers';
import { API_METHOD_NAMES, DESKTOP_METHOD_NAMES } from '../app/api/methodList';
import { type ApiReply, unwrapReply } from '../app/api/reply';
import { isCommandId } from '../app/commands/commandList';

/** One named function per name: each invokes its own channel and unwraps the `{ ok, … }` reply. */
function namedCalls<const Names extends readonly string[]>(
  names: Names,
): Record<Names[number], (input?: unknown) => Promise<never>> {
  const calls: Record<string, (input?: unknown) => Promise<never>> = {};
  for (const name of names) {
    calls[name] = async (input) => {
      return unwrapReply((await ipcRenderer.invoke(ipcChannel(name), input ?? {})) as ApiReply) as never;
    };
  }
  return calls as Record<Names[number], (input?: unknown) => Promise<never>>;
}

/** Calls `listener` with each menu command's id; anything that is not a known command id is dropped. */
function onCommand(listener: (commandId: string) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onCommand needs a function.');
  const receive = (_event: IpcRendererEvent, commandId: unknown) => {
    if (isCommandId(commandId)) listener(commandId);
  };
  ipcRenderer.on(COMMAND_CHANNEL, receive);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, receive);
  };
}

const casewright = {
  ...namedCalls(API_METHOD_NAMES),
  ...namedCalls(DESKTOP_METHOD_NAMES),
  onCommand,
} satisfies ApiClient & DesktopClient;

contextBridge.exposeInMainWorld('casewright', casewright);
