import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, openCase, stringOption, UsageError } from '../command';
import { isDocumentFormat, runDocumentExport } from '../exportCommand';
import { isMapFormat, runMapExport } from '../exportMap';
import { exportText } from '../exportText';

/** `casewright export`: the case in an interchange format, or a memo, memorial or outline document. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const option = (name: string) => stringOption(options, name);
  const format = option('format') ?? 'json';
  if (isDocumentFormat(format)) {
    const choices = {
      layout: option('layout'),
      side: option('side'),
      out: option('out'),
      notes: options.notes === true,
      mapAnnex: options['map-annex'] === true,
    };
    const document = {
      ...choices,
      minutes: option('minutes'),
      wordLimits: option('word-limits'),
      csl: option('csl'),
      from: option('from'),
      to: option('to'),
      author: option('author'),
    };
    return runDocumentExport(format, document, api, io, (message) => new UsageError(message));
  }
  if (isMapFormat(format)) {
    return runMapExport(
      format,
      { node: option('node'), out: option('out') },
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
  const out = option('out');
  if (out === undefined) io.out(text.trimEnd());
  else {
    writeFileSync(resolve(out), text);
    io.out(`Exported to ${resolve(out)}.`);
  }
  return 0;
};
