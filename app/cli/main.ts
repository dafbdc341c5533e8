import { parseArgs } from 'node:util';
import { dataFolder } from '../files/dataFolder';
import { CasewrightError } from '../model/errors';
import { type Io, UsageError } from './command';
import { COMMANDS } from './commands/index';
import { USAGE } from './usage';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  why: { type: 'boolean' },
  debug: { type: 'boolean' },
  template: { type: 'string' },
  applicant: { type: 'string' },
  respondent: { type: 'string' },
  side: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'string' },
  list: { type: 'boolean' },
  from: { type: 'string' },
  node: { type: 'string' },
  id: { type: 'string' },
  layout: { type: 'string' },
  notes: { type: 'boolean' },
  'map-annex': { type: 'boolean' },
  minutes: { type: 'string' },
  'word-limits': { type: 'string' },
  csl: { type: 'string' },
  to: { type: 'string' },
  with: { type: 'string' },
  author: { type: 'string' },
  draft: { type: 'string' },
  report: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'add-member': { type: 'string' },
  'remove-member': { type: 'string' },
  share: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  redis: { type: 'string' },
} as const;

/**
 * Runs the CLI with `argv` (without node and the script); returns the exit code. Help is printed without loading
 * the service; a command loads its own module and, through the service, only the libraries it uses.
 */
export async function runCli(argv: string[], templatesFolder: string, io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`casewright: ${(error as Error).message}. See "casewright --help".`);
    return 2;
  }
  const { values: options, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (!name) {
    io.out(USAGE.main!);
    return options.help ? 0 : 2;
  }
  if (options.help) {
    const usage = USAGE[name];
    if (!usage) {
      io.err(`casewright: unknown command "${name}". See "casewright --help".`);
      return 2;
    }
    io.out(usage);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.err(`casewright: unknown command "${name}". See "casewright --help".`);
    return 2;
  }
  const [{ CaseService }, command] = await Promise.all([import('../api/service'), COMMANDS[name]!()]);
  const service = new CaseService({ dataFolder: dataFolder(), templatesFolder });
  try {
    return await command.run({ rest, options, api: service.client(), io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`casewright ${name}: ${error.message}\n\n${USAGE[name] ?? USAGE.main}`);
      return 2;
    }
    if (options.debug && error instanceof Error) io.err(error.stack ?? error.message);
    else io.err(`casewright: ${error instanceof CasewrightError ? error.message : (error as Error).message}`);
    return 1;
  } finally {
    service.close();
  }
}
