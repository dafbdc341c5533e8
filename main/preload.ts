// The preload of every case window: sandboxed, so it is bundled as CommonJS and requires nothing but `electron`.
// The service API's calls and the change stream go over a MessagePort straight to the engine; main hands the port
// over (and a new one if the engine had to be restarted). Only the desktop calls go to main.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  COMMAND_CHANNEL,
  type DesktopClient,
  ENGINE_PORT_CHANNEL,
  ENGINE_PORT_REQUEST,
  type EngineListener,
  ipcChannel,
} from '../app/api/desktopContract';
import type { ApiClient } from '../app/api/handlers';
import { API_METHOD_NAMES, DESKTOP_METHOD_NAMES } from '../app/api/methodList';
import { type ApiReply, unwrapReply } from '../app/api/reply';
import { isCommandId } from '../app/commands/commandList';
import { EngineConnection } from '../app/engine/engineConnection';

const clientId = globalThis.crypto.randomUUID();
const engineListeners = new Set<EngineListener>();
let engine: EngineConnection | undefined;
let firstEngine: (connection: EngineConnection) => void;
const engineReady = new Promise<EngineConnection>((resolve) => {
  firstEngine = resolve;
});

/** Takes a port main handed over as the channel to the engine; a later one replaces the first (after a restart). */
function receivePort(event: IpcRendererEvent): void {
  const [port] = event.ports;
  if (!port) return;
  const reconnected = engine !== undefined;
  engine?.fail('The Casewright engine was restarted: try again.');
  const connection = new EngineConnection({
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.onmessage = (message: { data: unknown }) => listener(message.data);
    },
  });
  connection.subscribe((message) => {
    for (const listener of engineListeners) listener.message(message);
  });
  engine = connection;
  firstEngine(connection);
  for (const listener of engineListeners) listener.open(reconnected);
}

/** One named function per API method: each is a request to the engine over the port, its reply unwrapped. */
function engineCalls(): ApiClient {
  const calls: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of API_METHOD_NAMES) {
    calls[name] = async (input) => {
      await engineReady;
      const connection = engine!;
      const result = await connection.call(name, input ?? {}, clientId);
      for (const listener of engineListeners) listener.revision(connection.revision());
      return result;
    };
  }
  return calls as unknown as ApiClient;
}

/** One named function per desktop call: each invokes its own channel to main and unwraps the `{ ok, … }` reply. */
function desktopCalls(): Record<(typeof DESKTOP_METHOD_NAMES)[number], (input?: unknown) => Promise<never>> {
  const calls: Record<string, (input?: unknown) => Promise<never>> = {};
  for (const name of DESKTOP_METHOD_NAMES) {
    calls[name] = async (input) => {
      return unwrapReply((await ipcRenderer.invoke(ipcChannel(name), input ?? {})) as ApiReply) as never;
    };
  }
  return calls;
}

/** Listens to the engine's stream; told `open(false)` at once when the channel is already open. */
function onEngine(listener: EngineListener): () => void {
  if (typeof listener?.message !== 'function' || typeof listener.open !== 'function') {
    throw new TypeError('onEngine needs { message, revision, open } functions.');
  }
  engineListeners.add(listener);
  if (engine) queueMicrotask(() => listener.open(false));
  return () => {
    engineListeners.delete(listener);
  };
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

ipcRenderer.on(ENGINE_PORT_CHANNEL, receivePort);
ipcRenderer.send(ENGINE_PORT_REQUEST);

const casewright = {
  ...engineCalls(),
  ...(desktopCalls() as unknown as DesktopClient),
  onCommand,
  onEngine,
  clientId: () => clientId,
} satisfies ApiClient & DesktopClient;

contextBridge.exposeInMainWorld('casewright', casewright);
