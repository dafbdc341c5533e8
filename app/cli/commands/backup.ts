import { type Command, noMore, positional } from '../command';

/** `casewright backup`: backs the case up into the data folder, or lists its backups. */
export const run: Command = async ({ rest, options, api, io }) => {
  const file = positional(rest, 0, 'the case file');
  noMore(rest, 1);
  if (options.list) {
    const { backups } = await api['backups-list']({ path: file });
    io.out(
      backups.length === 0
        ? 'No backups yet.'
        : backups.map((backup) => `${backup.createdAt}  ${backup.path}`).join('\n'),
    );
    return 0;
  }
  await api['case-open']({ path: file });
  const backup = await api['backups-create']({});
  io.out(`Backed up to ${backup.path}.`);
  return 0;
};
