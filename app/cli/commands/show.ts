import { type Command, openCase, printJson } from '../command';
import { formatOutline } from '../printOutline';

/** `casewright show`: the outline with statuses, or the case as casewright/1 JSON with them. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  if (options.json) {
    printJson(io, await api['interchange-export']({ withStatus: true }));
    return 0;
  }
  const info = await api['case-get']({});
  const heading = [info.title || '(untitled case)', [info.forum, `side: ${info.side}`].filter(Boolean).join(' · ')];
  const outline = formatOutline(await api['outline-get']({}), options.why === true);
  io.out(`${heading.join('\n')}\n\n${outline || '(no nodes yet)'}`);
  return 0;
};
