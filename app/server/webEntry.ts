import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CaseService } from '../api/service';
import { dataFolder } from '../files/dataFolder';
import { startWebServer } from './httpServer';

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
  const service = new CaseService({
    dataFolder: dataFolder(),
    templatesFolder: process.env.CASEWRIGHT_TEMPLATES ?? join(here, '..', 'templates'),
  });
  const [file] = positionals;
  if (file === undefined) await service.call('case-open-sample', {});
  else if (existsSync(file)) await service.call('case-open', { path: file });
  else await service.call('case-create', { path: file });
  const server = await startWebServer(service, rendererFolder, port);
  process.stdout.write(`Casewright running at ${server.url}\n`);
  const stop = () => {
    service.close();
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`casewright web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
