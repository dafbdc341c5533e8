import type { VersionInfo } from '../../store/versionStore';
import { type Command, noMore, positional, printJson, UsageError } from '../command';
import { versionReference } from '../versionReference';

function describe(version: VersionInfo): string {
  const when = version.createdAt.replace('T', ' ').slice(0, 16);
  return `${String(version.id).padStart(4)}  ${when}  ${version.name}${version.automatic ? ' (automatic)' : ''}`;
}

/** `casewright version save|list|restore|delete <file> …`: the named versions kept inside a case file. */
export const run: Command = async ({ rest, options, api, io }) => {
  const [action, ...args] = rest;
  if (action === undefined) throw new UsageError('missing "save", "list", "restore" or "delete".');
  if (!['save', 'list', 'restore', 'delete'].includes(action)) throw new UsageError(`unknown action "${action}".`);
  await api['case-open']({ path: positional(args, 0, 'the case file') });
  if (action === 'list') {
    noMore(args, 1);
    const { versions } = await api['versions-list']({});
    if (options.json) printJson(io, { versions });
    else io.out(versions.length === 0 ? 'This case has no versions yet.' : versions.map(describe).join('\n'));
    return 0;
  }
  const name = positional(args, 1, 'the version name');
  noMore(args, 2);
  if (action === 'save') {
    const saved = await api['versions-save']({ name });
    if (options.json) printJson(io, saved);
    else io.out(`Saved version ${saved.id} “${saved.name}”.`);
    return 0;
  }
  const version = await versionReference(api, name);
  if (action === 'delete') {
    const { deleted } = await api['versions-delete']({ version });
    if (options.json) printJson(io, { deleted });
    else io.out(`Deleted version ${deleted.id} “${deleted.name}”.`);
    return 0;
  }
  const restored = await api['versions-restore']({ version });
  if (options.json) printJson(io, restored);
  else {
    io.out(
      `Restored “${restored.restored.name}”. The case as it was is kept as version ${restored.savedBefore.id} “${restored.savedBefore.name}”.`,
    );
  }
  return 0;
};
