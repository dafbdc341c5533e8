import { type Command, openCase, positional, printJson, stringOption, UsageError } from '../command';

/** `casewright search`: full-text search over titles and bodies, best match first. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 2);
  const query = positional(rest, 1, 'the search words');
  const limitOption = stringOption(options, 'limit');
  const limit = limitOption === undefined ? 50 : Number(limitOption);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number.');
  const { results } = await api.search({ query, limit });
  if (options.json) {
    printJson(io, { results });
    return 0;
  }
  io.out(
    results.length === 0
      ? 'No matches.'
      : results
          .map(
            (result) => `#${result.nodeId} ${result.kind}: ${result.title}\n    ${result.snippet.replace(/\s+/g, ' ')}`,
          )
          .join('\n'),
  );
  return 0;
};
