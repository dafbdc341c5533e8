import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep compiled code between runs; on older versions the lazy chunks are what keeps start short.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const here = dirname(fileURLToPath(import.meta.url));
const templatesFolder = process.env.CASEWRIGHT_TEMPLATES ?? join(here, '..', 'templates');

const { runCli } = await import('./main');
const code = await runCli(process.argv.slice(2), templatesFolder, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
