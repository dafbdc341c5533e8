import { type Command, noMore, positional, stringOption } from '../command';

/** `casewright restore`: replaces the case with its newest (or a named) backup, keeping its current state. */
export const run: Command = async ({ rest, options, api, io }) => {
  const file = positional(rest, 0, 'the case file');
  noMore(rest, 1);
  const from = stringOption(options, 'from');
  const restored = await api['backups-restore']({ path: file, ...(from === undefined ? {} : { from }) });
  io.out(
    `Restored ${restored.path} from ${restored.restoredFrom}.\nIts previous state is kept as ${restored.previousStateSavedAs}.`,
  );
  return 0;
};
