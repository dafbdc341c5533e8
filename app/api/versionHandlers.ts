import * as z from 'zod';
import type { CaseSession } from '../session/caseSession';
import { deleteVersion, listVersions, requireVersion, saveVersion } from '../store/versionStore';
import { comparedSides } from '../versions/compareVersions';
import { type Compared, diffSnapshots } from '../versions/diffSnapshots';
import { readVersionSnapshot } from '../versions/readSnapshot';
import { restoreSnapshot } from '../versions/restoreSnapshot';
import { snapshotDocument, viewSnapshot } from '../versions/snapshotDocument';
import { requireSession } from './apiContext';
import { method } from './method';
import { versionName, versionReference } from './versionReference';

const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'a path cannot contain NUL characters');

/**
 * Saves an automatic version inside the caller's transaction, so that what follows can be compared and undone; not
 * for an empty case, which has nothing to go back to.
 */
export function saveAutomaticVersion(session: CaseSession, name: string): void {
  if (session.summaries().size > 0 || session.authorityList().length > 0) saveVersion(session.database, name, true);
}

/**
 * The case now is already evaluated by its session: the comparison uses that evaluation instead of its own. A version
 * laid over the case now takes the session's summaries of the nodes it did not change.
 */
function nowFromSession(side: Compared, session: CaseSession): Compared {
  if (side.label !== 'now') {
    if (!side.base) return side;
    return { ...side, view: viewSnapshot(side.snapshot, { nodes: side.base.nodes, summaries: session.summaries() }) };
  }
  const view = {
    info: session.caseInfo(),
    authorities: session.authorityList(),
    summaries: [...session.summaries().values()],
    evaluation: session.evaluate(),
  };
  return { ...side, view };
}

export const versionHandlers = {
  /** The case's versions, newest first. */
  'versions-list': method(z.strictObject({}), (context) => ({
    versions: listVersions(requireSession(context).database),
  })),

  /** Saves the case as it is now under a new name ("Draft sent to coach"). */
  'versions-save': method(z.strictObject({ name: versionName }), (context, input) => {
    const session = requireSession(context);
    return session.database.transaction(() => saveVersion(session.database, input.name)).immediate();
  }),

  /** Deletes a version; the others read back as before. */
  'versions-delete': method(z.strictObject({ version: versionReference }), (context, input) => {
    const session = requireSession(context);
    return session.database
      .transaction(() => {
        const version = requireVersion(session.database, input.version);
        deleteVersion(session.database, version.id);
        return { deleted: version };
      })
      .immediate();
  }),

  /** A version, read-only, as a `casewright/1` document with each node's status then. */
  'versions-get': method(z.strictObject({ version: versionReference }), (context, input) => {
    const session = requireSession(context);
    const version = requireVersion(session.database, input.version);
    return { version, document: snapshotDocument(readVersionSnapshot(session.database, version.id)) };
  }),

  /**
   * Makes the case what it was at a version, as one undoable step, after saving the case as it is
   * now as an automatic version (so nothing is lost even once the undo history is gone).
   */
  'versions-restore': method(z.strictObject({ version: versionReference }), (context, input) => {
    const session = requireSession(context);
    const version = requireVersion(session.database, input.version);
    return session.change(`Restore “${version.name}”`, () => {
      const target = readVersionSnapshot(session.database, version.id);
      const savedBefore = saveVersion(session.database, `Before restoring “${version.name}”`, true);
      restoreSnapshot(session.database, target);
      return { restored: version, savedBefore };
    });
  }),

  /**
   * What changed between two versions (default: the newest version and now), or between the case and
   * another case file (by its path, or its bytes from a page that has no path): nodes added, removed, moved, retitled, edited word by word, their statuses;
   * authorities; the case's details.
   */
  'versions-compare': method(
    z.strictObject({
      from: versionReference.optional(),
      to: versionReference.optional(),
      withPath: filePath.optional(),
      withFile: z
        .strictObject({
          name: z.string().min(1).max(255),
          base64: z.base64().max(64_000_000, 'the case file is larger than 48 MB'),
        })
        .optional(),
    }),
    (context, input) => {
      const session = requireSession(context);
      const [from, to] = comparedSides(session.database, input);
      return diffSnapshots(nowFromSession(from, session), nowFromSession(to, session));
    },
  ),
};
