import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiClient } from '../api/handlers';
import { CaseService } from '../api/service';
import { dataFolder } from '../files/dataFolder';
import { CasewrightError } from '../model/errors';
import { type Io, UsageError } from './command';
import { run as runVersion } from './commands/version';
import { isDocumentFormat, runDocumentExport } from './exportCommand';
import { isMapFormat, runMapExport } from './exportMap';
import { exportText } from './exportText';
import { IMPORT_FORMATS, importFile, isImportFormat } from './importFile';
import { formatFindings, formatOutline } from './printOutline';
import { USAGE } from './usage';

type Options = Record<string, string | boolean | undefined>;

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
  minutes: { type: 'string' },
  'word-limits': { type: 'string' },
  csl: { type: 'string' },
} as const;

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function runCli(argv: string[], templatesFolder: string, io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`casewright: ${(error as Error).message}. See "casewright --help".`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command) {
    io.out(USAGE.main!);
    return values.help ? 0 : 2;
  }
  if (values.help) {
    const usage = USAGE[command];
    if (!usage) {
      io.err(`casewright: unknown command "${command}". See "casewright --help".`);
      return 2;
    }
    io.out(usage);
    return 0;
  }
  const service = new CaseService({ dataFolder: dataFolder(), templatesFolder });
  try {
    return await runCommand(command, rest, values, service.client(), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`casewright ${command}: ${error.message}\n\n${USAGE[command] ?? USAGE.main}`);
      return 2;
    }
    if (values.debug && error instanceof Error) io.err(error.stack ?? error.message);
    else io.err(`casewright: ${error instanceof CasewrightError ? error.message : (error as Error).message}`);
    return 1;
  } finally {
    service.close();
  }
}

function positional(rest: string[], index: number, what: string): string {
  const value = rest[index];
  if (value === undefined) throw new UsageError(`missing ${what}.`);
  return value;
}

function noMore(rest: string[], count: number): void {
  if (rest.length > count) throw new UsageError(`unexpected argument "${rest[count]}".`);
}

function print(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

async function runCommand(command: string, rest: string[], options: Options, api: ApiClient, io: Io): Promise<number> {
  const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  switch (command) {
    case 'templates': {
      noMore(rest, 0);
      const { templates, problems } = await api['templates-list']({});
      for (const problem of problems) io.err(`casewright: template ${problem.message}`);
      if (options.json)
        print(io, { templates: templates.map(({ id, title, description }) => ({ id, title, description })) });
      else
        io.out(
          templates
            .map(
              (template) =>
                `${template.id.padEnd(28)} ${template.title}${template.source === 'user' ? ' (yours)' : ''}`,
            )
            .join('\n'),
        );
      return 0;
    }
    case 'new': {
      const file = positional(rest, 0, 'the file to create');
      noMore(rest, 1);
      const side = str('side');
      if (side !== undefined && !['applicant', 'respondent', 'both'].includes(side)) {
        throw new UsageError(`--side must be applicant, respondent or both (got "${side}").`);
      }
      const created = await api['case-create']({
        path: file,
        ...(str('template') !== undefined ? { templateId: str('template') } : {}),
        ...(str('applicant') !== undefined ? { applicant: str('applicant') } : {}),
        ...(str('respondent') !== undefined ? { respondent: str('respondent') } : {}),
        ...(side !== undefined ? { side: side as 'applicant' } : {}),
        ...(str('title') !== undefined ? { title: str('title') } : {}),
      });
      const count = (await api['outline-get']({})).length;
      io.out(`Created ${created.path} (${count} node${count === 1 ? '' : 's'}).`);
      return 0;
    }
    case 'show': {
      await openCase(api, rest, 1);
      if (options.json) {
        print(io, await api['interchange-export']({ withStatus: true }));
        return 0;
      }
      const info = await api['case-get']({});
      const heading = [info.title || '(untitled case)', [info.forum, `side: ${info.side}`].filter(Boolean).join(' · ')];
      const why = options.why === true;
      const outline = formatOutline(await api['outline-get']({ reasons: why }), why);
      io.out(`${heading.join('\n')}\n\n${outline || '(no nodes yet)'}`);
      return 0;
    }
    case 'search': {
      await openCase(api, rest, 2);
      const query = positional(rest, 1, 'the search words');
      const limit = str('limit') === undefined ? 50 : Number(str('limit'));
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number.');
      const { results } = await api.search({ query, limit });
      if (options.json) print(io, { results });
      else
        io.out(
          results.length === 0
            ? 'No matches.'
            : results
                .map(
                  (result) =>
                    `#${result.nodeId} ${result.kind}: ${result.title}\n    ${result.snippet.replace(/\s+/g, ' ')}`,
                )
                .join('\n'),
        );
      return 0;
    }
    case 'check': {
      await openCase(api, rest, 1);
      const { findings, statuses } = await api['evaluation-get']({});
      const shaped = findings.map(({ rule, severity, nodeId, message, hint }) => ({
        rule,
        severity,
        nodeId,
        message,
        hint,
      }));
      const order = { error: 0, warning: 1, info: 2 } as const;
      shaped.sort((left, right) => order[left.severity] - order[right.severity]);
      if (options.json) print(io, { findings: shaped, statuses });
      else
        io.out(
          formatFindings(shaped, Object.keys(statuses).length === 0 && (await api['outline-get']({})).length === 0),
        );
      return shaped.some((finding) => finding.severity === 'error') ? 1 : 0;
    }
    case 'export': {
      await openCase(api, rest, 1);
      const format = str('format') ?? 'json';
      if (isDocumentFormat(format)) {
        const choices = { layout: str('layout'), side: str('side'), out: str('out'), notes: options.notes === true };
        const document = { ...choices, minutes: str('minutes'), wordLimits: str('word-limits'), csl: str('csl') };
        return runDocumentExport(format, document, api, io, (message) => new UsageError(message));
      }
      if (isMapFormat(format)) {
        return runMapExport(
          format,
          { node: str('node'), out: str('out') },
          api,
          io,
          (message) => new UsageError(message),
        );
      }
      const text = await exportText(api, format);
      if (text === undefined) {
        throw new UsageError(
          `unknown format "${format}"; this version exports: json, argdown, aif, docx, pdf, html, md, svg, png.`,
        );
      }
      const out = str('out');
      if (out === undefined) io.out(text.trimEnd());
      else {
        writeFileSync(resolve(out), text);
        io.out(`Exported to ${resolve(out)}.`);
      }
      return 0;
    }
    case 'import': {
      await openCase(api, rest, 2);
      const input = positional(rest, 1, 'the file to import');
      const format = str('format') ?? 'json';
      if (!isImportFormat(format)) {
        throw new UsageError(`unknown format "${format}"; this version imports: ${IMPORT_FORMATS.join(', ')}.`);
      }
      const report = await importFile(api, input, format);
      io.out(report.summary);
      for (const warning of report.warnings) io.err(`casewright: ${warning}`);
      for (const record of report.skipped) io.err(`casewright: ${record}`);
      return 0;
    }
    case 'backup': {
      const file = positional(rest, 0, 'the case file');
      noMore(rest, 1);
      if (options.list) {
        const { backups } = await api['backups-list']({ path: file });
        io.out(
          backups.length === 0
            ? 'No backups yet.'
            : backups.map((backup) => `${backup.createdAt}  ${backup.path}`).join('\n'),
        );
        return 0;
      }
      await api['case-open']({ path: file });
      const backup = await api['backups-create']({});
      io.out(`Backed up to ${backup.path}.`);
      return 0;
    }
    case 'restore': {
      const file = positional(rest, 0, 'the case file');
      noMore(rest, 1);
      const from = str('from');
      const restored = await api['backups-restore']({ path: file, ...(from === undefined ? {} : { from }) });
      io.out(
        `Restored ${restored.path} from ${restored.restoredFrom}.\nIts previous state is kept as ${restored.previousStateSavedAs}.`,
      );
      return 0;
    }
    case 'template':
      return runTemplateCommand(rest, str, api, io);
    case 'version':
      return runVersion({ rest, options, api, io });
    default:
      io.err(`casewright: unknown command "${command}". See "casewright --help".`);
      return 2;
  }
}

async function runTemplateCommand(
  rest: string[],
  str: (name: string) => string | undefined,
  api: ApiClient,
  io: Io,
): Promise<number> {
  const [action, ...args] = rest;
  if (action === 'save') {
    await openCase(api, args, 1);
    const id = str('id');
    const title = str('title');
    if (!id || !title) throw new UsageError('--id and --title are required.');
    const node = str('node');
    if (node !== undefined && !/^\d+$/.test(node)) throw new UsageError('--node must be a node id (a number).');
    const saved = await api['templates-save']({
      id,
      title,
      description: str('description') ?? '',
      ...(node !== undefined ? { nodeId: Number(node) } : {}),
    });
    io.out(`Saved template "${saved.id}" to ${saved.path}.`);
    return 0;
  }
  if (action === 'delete') {
    const id = positional(args, 0, 'the template id');
    noMore(args, 1);
    await api['templates-delete']({ id });
    io.out(`Deleted template "${id}".`);
    return 0;
  }
  throw new UsageError(action === undefined ? 'missing "save" or "delete".' : `unknown action "${action}".`);
}

async function openCase(api: ApiClient, rest: string[], maximum: number): Promise<void> {
  const file = positional(rest, 0, 'the case file');
  noMore(rest, maximum);
  await api['case-open']({ path: file });
}
