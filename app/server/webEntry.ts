import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EngineClient } from '../engine/engineClient';

const here = dirname(fileURLToPath(import.meta.url));

/** `npm run web -- [--port N] [file]`: the renderer and the service API on 127.0.0.1. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [--port N] [file.casewright]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (got "${values.port}").`);
  const rendererFolder = join(here, 'renderer');
  if (!existsSync(join(rendererFolder, 'index.html')))
    throw new Error(`The renderer is not built (${rendererFolder}).`);
  // The case service runs in the engine, a process of its own, as in the desktop app.
  const engine = EngineClient.start(join(here, 'engine.js'));
  // The server's code (the WebSocket library) loads while the engine starts and opens the case.
  const serverModule = import('./httpServer');
  serverModule.catch(() => undefined); // awaited below, once the case is open
  const [file] = positionals;
  try {
    if (file === undefined) await engine.call('case-open-sample', {});
    else if (existsSync(file)) await engine.call('case-open', { path: file });
    else await engine.call('case-create', { path: file });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const { startWebServer } = await serverModule;
  const server = await startWebServer(engine, rendererFolder, port);
  process.stdout.write(`Casewright running at ${server.url}\n`);
  const stop = () => {
    Promise.all([server.close(), engine.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`casewright web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
