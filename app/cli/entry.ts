import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './main';

const here = dirname(fileURLToPath(import.meta.url));
const templatesFolder = process.env.CASEWRIGHT_TEMPLATES ?? join(here, '..', 'templates');

const code = await runCli(process.argv.slice(2), templatesFolder, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
