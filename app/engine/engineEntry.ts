import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, type MessagePort, parentPort as workerParent } from 'node:worker_threads';
import { CaseService } from '../api/service';
import { dataFolder } from '../files/dataFolder';
import type { EngineMessage } from './engineProtocol';
import { CONNECT, type EngineChannel, EXTERNAL_CHECK_MS, serveEngine } from './serveEngine';

/** A MessagePort as Electron's utility process receives it (`process.parentPort` and ports handed over). */
interface ElectronPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown; ports?: ElectronPort[] }) => void): void;
  start?(): void;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The engine: the case service (store, evaluation, exports) in a process of its own, so that no window waits for
 * it. Started as a plain Node child process (Node IPC); as Electron's utility process, where main hands it one
 * MessagePort per window (a `connect` message carrying the port); or in a worker thread, the same way.
 */
function main(): void {
  const service = new CaseService({
    dataFolder: dataFolder(),
    templatesFolder: process.env.CASEWRIGHT_TEMPLATES ?? join(here, '..', 'templates'),
  });
  const timer = setInterval(() => service.checkExternal(), EXTERNAL_CHECK_MS);
  const stop = () => {
    clearInterval(timer);
    service.close();
    process.exit(0);
  };
  const parentPort = (process as unknown as { parentPort?: ElectronPort }).parentPort;
  if (parentPort) {
    parentPort.on('message', (event) => {
      if (isConnect(event.data)) for (const port of event.ports ?? []) serveEngine(service, electronChannel(port));
    });
  } else if (!isMainThread && workerParent) {
    workerParent.on('message', (message: unknown) => {
      const port = isConnect(message) ? (message as { port?: MessagePort }).port : undefined;
      if (port) serveEngine(service, workerChannel(port));
      else if (message === 'stop') stop();
    });
  } else if (process.send) {
    serveEngine(service, {
      send: (message) => process.send?.(message),
      onMessage: (listener) => process.on('message', listener),
    });
    process.on('disconnect', stop);
  } else {
    process.stderr.write('casewright engine: start it as a child process with an IPC channel.\n');
    process.exit(1);
  }
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const isConnect = (message: unknown) =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CONNECT;

function electronChannel(port: ElectronPort): EngineChannel {
  return {
    send: (message: EngineMessage) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start?.();
    },
  };
}

function workerChannel(port: MessagePort): EngineChannel {
  return {
    send: (message: EngineMessage) => port.postMessage(message),
    onMessage: (listener) => port.on('message', listener),
  };
}

main();
