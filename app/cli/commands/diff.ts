import { type Command, openCase, printJson, stringOption, UsageError } from '../command';
import { formatTreeDiff } from '../formatTreeDiff';
import { versionReference } from '../versionReference';

/** `casewright diff <file> [--from v] [--to v | --with other.casewright] [--json]`: what changed, as a tree. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const named = (option: string) => {
    const text = stringOption(options, option);
    return text === undefined ? undefined : versionReference(api, text);
  };
  const from = await named('from');
  const to = await named('to');
  const withPath = stringOption(options, 'with');
  if (to !== undefined && withPath !== undefined) throw new UsageError('give --to or --with, not both.');
  const diff = await api['versions-compare']({
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(withPath !== undefined ? { withPath } : {}),
  });
  if (options.json) printJson(io, diff);
  else io.out(formatTreeDiff(diff));
  return 0;
};
