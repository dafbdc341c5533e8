import { type Command, noMore, printJson } from '../command';

/** `casewright templates`: the built-in templates and the user's own. */
export const run: Command = async ({ rest, options, api, io }) => {
  noMore(rest, 0);
  const { templates, problems } = await api['templates-list']({});
  for (const problem of problems) io.err(`casewright: template ${problem.message}`);
  if (options.json) {
    printJson(io, { templates: templates.map(({ id, title, description }) => ({ id, title, description })) });
    return 0;
  }
  io.out(
    templates
      .map((template) => `${template.id.padEnd(28)} ${template.title}${template.source === 'user' ? ' (yours)' : ''}`)
      .join('\n'),
  );
  return 0;
};
