import type { MessagePortMain } from 'electron';
import type { EnginePort } from '../app/engine/engineConnection';
import { CONNECT } from '../app/engine/serveEngine';

/** A running engine as main sees it: it hands out channels to it and is told when it stops. */
export interface EngineProcess {
  /** Opens a new channel to the engine and returns the end to hand over (to main itself or to a window). */
  openPort(): MessagePortMain;
  /** Tells `listener` once when the engine's process ends, with its exit code. */
  onExit(listener: (code: number) => void): void;
  /** Stops the engine (it closes its case first). */
  kill(): void;
}

/** What of Electron starting the engine needs (given, so that tests can pass a stand-in). */
export interface UtilityElectron {
  utilityProcess: {
    fork(
      modulePath: string,
      args?: string[],
      options?: { serviceName?: string; env?: NodeJS.ProcessEnv; stdio?: 'inherit' | 'ignore' | 'pipe' },
    ): {
      postMessage(message: unknown, transfer?: MessagePortMain[]): void;
      once(event: 'exit', listener: (code: number) => void): unknown;
      kill(): boolean;
    };
  };
  MessageChannelMain: new () => { port1: MessagePortMain; port2: MessagePortMain };
}

/**
 * Starts the engine (the built `engine.js`, the entry the browser mode's server starts too) as an Electron utility
 * process; each channel is a MessageChannelMain whose one end goes to the engine in a `connect` message.
 */
export function startUtilityEngine(electron: UtilityElectron, entry: string, env: NodeJS.ProcessEnv): EngineProcess {
  const child = electron.utilityProcess.fork(entry, [], {
    serviceName: 'Casewright engine',
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  return {
    openPort: () => {
      const { port1, port2 } = new electron.MessageChannelMain();
      child.postMessage({ type: CONNECT }, [port1]);
      return port2;
    },
    onExit: (listener) => {
      child.once('exit', listener);
    },
    kill: () => {
      child.kill();
    },
  };
}

/** Main's own end of a channel, as the engine client reads it. */
export function mainPort(port: MessagePortMain): EnginePort {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
  };
}
