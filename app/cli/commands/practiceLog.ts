import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, openCase, stringOption } from '../command';

/** `casewright practice-log <file> [--out <path>]`: every practice run as CSV, to stdout or to a file. */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const log = await api['practice-log']({});
  const out = stringOption(options, 'out');
  if (out === undefined) {
    io.out(log.text.trimEnd());
    return 0;
  }
  writeFileSync(resolve(out), log.text);
  io.out(`Wrote ${log.runs} practice run${log.runs === 1 ? '' : 's'} to ${resolve(out)}.`);
  return 0;
};
