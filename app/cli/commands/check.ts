import { type Command, openCase, printJson } from '../command';
import { formatFindings } from '../printOutline';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** `casewright check`: the gap report; exit code 1 when it has an error. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const { findings, statuses } = await api['evaluation-get']({});
  const shaped = findings.map(({ rule, severity, nodeId, message, hint }) => ({
    rule,
    severity,
    nodeId,
    message,
    hint,
  }));
  shaped.sort((left, right) => ORDER[left.severity] - ORDER[right.severity]);
  if (options.json) printJson(io, { findings: shaped, statuses });
  else {
    const empty = Object.keys(statuses).length === 0 && (await api['outline-get']({})).length === 0;
    io.out(formatFindings(shaped, empty));
  }
  return shaped.some((finding) => finding.severity === 'error') ? 1 : 0;
};
