import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaseService } from '../api/service';
import { dataFolder } from '../files/dataFolder';
import type { EngineMessage } from './engineProtocol';
import { type EngineChannel, EXTERNAL_CHECK_MS, serveEngine } from './serveEngine';

/** A MessagePort as Electron's utility process receives it (`process.parentPort` and ports handed over). */
interface ElectronPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown; ports?: ElectronPort[] }) => void): void;
  start?(): void;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The engine: the case service (store, evaluation, exports) in a process of its own, so that no window waits for
 * it. Started as a plain Node child process (Node IPC), or as Electron's utility process, where main hands it one
 * MessagePort per window.
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
    serveEngine(service, portChannel(parentPort));
    parentPort.on('message', (event) => {
      for (const port of event.ports ?? []) serveEngine(service, portChannel(port));
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

function portChannel(port: ElectronPort): EngineChannel {
  port.start?.();
  return {
    send: (message: EngineMessage) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data)),
  };
}

main();
