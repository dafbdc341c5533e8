import { join } from 'node:path';
import { dataFolder } from '../files/dataFolder';
import { cacheCompiledChunks } from './compileCache';

// Built as CommonJS (`out/cli.cjs`), which Node starts without its module loader.
const here = __dirname;
const templatesFolder = process.env.CASEWRIGHT_TEMPLATES ?? join(here, '..', 'templates');
// Each command keeps the code it compiled: the functions `show` runs are not those `export` runs.
const command = /^[a-z][a-z-]{0,39}$/.test(process.argv[2] ?? '') ? process.argv[2]! : 'casewright';
cacheCompiledChunks(join(here, 'cli-chunks'), join(dataFolder(), 'compiled', process.version, command));

/** Set by the build: the chunk that starts the CLI, named by its content like every chunk. */
declare const START_CHUNK: string;

const { start } = require(START_CHUNK) as typeof import('./start');
void start(templatesFolder);
