import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type Command, noMore, positional, printJson, UsageError } from '../command';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function describeUnits(units: { paragraph: number; article: number; page: number }): string {
  return `${plural(units.paragraph, 'paragraph')}, ${plural(units.article, 'article')}, ${plural(units.page, 'page')}`;
}

/** `casewright source attach|list|detach <file> …`: the sources (PDF, HTML, DOCX, text) kept with a case's authorities. */
export const run: Command = async ({ rest, options, api, io }) => {
  const [action, ...args] = rest;
  if (action === undefined) throw new UsageError('missing "attach", "list" or "detach".');
  if (!['attach', 'list', 'detach'].includes(action)) throw new UsageError(`unknown action "${action}".`);
  await api['case-open']({ path: positional(args, 0, 'the case file') });
  if (action === 'list') {
    noMore(args, 1);
    const sources = await api['sources-list']({});
    if (options.json) printJson(io, { sources });
    else
      io.out(
        sources.length === 0
          ? 'No sources attached yet.'
          : sources
              .map((source) => `${source.key.padEnd(20)} ${source.fileName} (${describeUnits(source.units)})`)
              .join('\n'),
      );
    return 0;
  }
  const key = positional(args, 1, 'the authority key');
  if (action === 'detach') {
    noMore(args, 2);
    await api['sources-detach']({ key });
    io.out(`Detached the source of "${key}".`);
    return 0;
  }
  const path = resolve(positional(args, 2, 'the source file'));
  noMore(args, 3);
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    throw new Error(`${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const attached = await api['sources-attach']({ key, fileName: basename(path), base64: data.toString('base64') });
  if (options.json) printJson(io, attached);
  else io.out(`Attached ${attached.fileName} to "${attached.key}": ${describeUnits(attached.units)}.`);
  return 0;
};
