import { type Command, openCase, positional, stringOption, UsageError } from '../command';
import { IMPORT_FORMATS, importFile, isImportFormat } from '../importFile';

/** `casewright import`: adds a file's nodes or sources to the case, in one undoable step. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 2);
  const input = positional(rest, 1, 'the file to import');
  const format = stringOption(options, 'format') ?? 'json';
  if (!isImportFormat(format)) {
    throw new UsageError(`unknown format "${format}"; this version imports: ${IMPORT_FORMATS.join(', ')}.`);
  }
  const report = await importFile(api, input, format);
  io.out(report.summary);
  for (const warning of report.warnings) io.err(`casewright: ${warning}`);
  for (const record of report.skipped) io.err(`casewright: ${record}`);
  return 0;
};
