import { type Command, noMore, positional, stringOption, UsageError } from '../command';

/** `casewright new`: creates a case file, empty or from a template. */
export const run: Command = async ({ rest, options, api, io }) => {
  const file = positional(rest, 0, 'the file to create');
  noMore(rest, 1);
  const option = (name: string) => stringOption(options, name);
  const side = option('side');
  if (side !== undefined && !['applicant', 'respondent', 'both'].includes(side)) {
    throw new UsageError(`--side must be applicant, respondent or both (got "${side}").`);
  }
  const created = await api['case-create']({
    path: file,
    ...(option('template') !== undefined ? { templateId: option('template') } : {}),
    ...(option('applicant') !== undefined ? { applicant: option('applicant') } : {}),
    ...(option('respondent') !== undefined ? { respondent: option('respondent') } : {}),
    ...(side !== undefined ? { side: side as 'applicant' } : {}),
    ...(option('title') !== undefined ? { title: option('title') } : {}),
  });
  const count = (await api['outline-get']({})).length;
  io.out(`Created ${created.path} (${count} node${count === 1 ? '' : 's'}).`);
  return 0;
};
