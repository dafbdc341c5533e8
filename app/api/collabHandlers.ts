import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { saveMemberToken } from '../collab/memberTokens';
import { announceSharedStatus, sharedCaseOf } from '../collab/sharedCases';
import { conflict, invalidInput, notFound } from '../model/errors';
import { fieldSchemas } from '../model/nodeFieldSchemas';
import { NODE_FIELDS, type NodeFieldName, pickFields } from '../model/nodeFields';
import {
  clearFiledToken,
  dismissCollabNotice,
  loadCollabLink,
  loadCollabNotice,
  saveCollabLink,
} from '../store/collabStore';
import { updateFields } from '../store/nodeStore';
import type { ApiContext } from './apiContext';
import { requireSession } from './apiContext';
import { sharedCaseAddress } from './collabInputs';
import { createCase, openCase } from './fileHandlers';
import { method } from './method';

const noticeInput = z.strictObject({ id: z.number().int().positive() });

/** The open shared case and its notice `id`, which must be one. */
function noticeOf(context: ApiContext, id: number) {
  const session = requireSession(context);
  const shared = sharedCaseOf(session);
  if (!shared) throw conflict('The open case is not shared.');
  const notice = loadCollabNotice(session.database, id);
  if (!notice) throw notFound(`There is no notice ${id}.`);
  return { session, shared, notice };
}

const position = z.number().int().min(0).max(10_000_000).nullable().default(null);

/** The collaboration modules (Yjs, the provider), loaded only when a case is shared. */
async function collaboration() {
  const [{ probeSharedCase }, { SharedCase }, { wholeCase }] = await Promise.all([
    import('../collab/probeSharedCase'),
    import('../collab/sharedCase'),
    import('../collab/pushLocal'),
  ]);
  return { probeSharedCase, SharedCase, wholeCase };
}

export const collabHandlers = {
  /** Shares the open case through a team server, where it must not exist yet; from now on it is edited together. */
  'case-share': method(z.strictObject(sharedCaseAddress), async (context, input) => {
    const session = requireSession(context);
    if (loadCollabLink(session.database)) throw conflict('This case is shared already.');
    const { probeSharedCase, SharedCase, wholeCase } = await collaboration();
    const { empty } = await probeSharedCase(input);
    if (!empty) throw conflict(`“${input.name}” on ${input.url} holds a case already: open it with Open shared case.`);
    if (context.session !== session) throw conflict('Another case was opened meanwhile; share it again.');
    const { token, ...link } = input;
    saveMemberToken(context.dataFolder, link, token);
    saveCollabLink(session.database, link);
    return SharedCase.attach(session, link, token, wholeCase(session)).status();
  }),

  /** Opens a shared case into a local file (created at `path` when there is none) and keeps it in step. */
  'case-open-shared': method(
    z.strictObject({ ...sharedCaseAddress, path: z.string().min(1).max(4096) }),
    async (context, input) => {
      const path = resolve(input.path);
      const { token, path: _path, ...link } = input;
      const { probeSharedCase, SharedCase } = await collaboration();
      if (existsSync(path)) {
        const view = openCase(context, path);
        const session = requireSession(context);
        const filed = loadCollabLink(session.database);
        if (!filed || filed.url !== link.url || filed.name !== link.name) {
          throw conflict(`${path} is not a copy of “${link.name}” on ${link.url}; choose another file.`);
        }
        clearFiledToken(session.database);
        saveMemberToken(context.dataFolder, link, token);
        SharedCase.attach(session, link, token).setOnline(true, token);
        return view;
      }
      await probeSharedCase(input);
      const view = createCase(context, { path });
      const session = requireSession(context);
      saveMemberToken(context.dataFolder, link, token);
      saveCollabLink(session.database, link);
      SharedCase.attach(session, link, token);
      return view;
    },
  ),

  /** How the open shared case stands (null when the open case is not shared). */
  'collab-status': method(z.strictObject({}), (context) => sharedCaseOf(requireSession(context))?.status() ?? null),

  /**
   * Tells the collaborators which node this user is on and, in its body, their selection (ProseMirror positions);
   * returns where the collaborators are (null when the open case is not shared). Their moves come on the change stream.
   */
  'collab-presence': method(
    z.strictObject({
      nodeId: z.number().int().positive().nullable(),
      field: z.literal('body').nullable().default(null),
      anchor: position,
      head: position,
    }),
    (context, input) => sharedCaseOf(requireSession(context))?.setPresence(input) ?? null,
  ),

  /**
   * Takes the shared case offline (edits are kept in the file) or back online, where they merge; `token` gives the
   * member's token when none is kept on this computer or the server refused the one kept (it is tried first).
   */
  'collab-connection': method(
    z.strictObject({ online: z.boolean(), token: sharedCaseAddress.token.optional() }),
    async (context, input) => {
      const session = requireSession(context);
      const shared = sharedCaseOf(session);
      if (!shared) throw conflict('The open case is not shared.');
      const { url, name, tokenNeeded } = shared.status();
      if (input.token !== undefined) {
        const { probeSharedCase } = await collaboration();
        await probeSharedCase({ url, name, token: input.token });
        saveMemberToken(context.dataFolder, { url, name }, input.token);
      } else if (input.online && tokenNeeded) {
        throw conflict(
          `No member's token for “${name}” on ${url} is kept on this computer: give it with collab-connection ({ "online": true, "token": "…" }), or in the app with Go online.`,
        );
      }
      shared.setOnline(input.online, input.token);
      return shared.status();
    },
  ),

  /** Stops showing a notice of the open shared case; returns how the case stands. */
  'collab-notice-dismiss': method(noticeInput, (context, input) => {
    const { session, shared } = noticeOf(context, input.id);
    dismissCollabNotice(session.database, input.id);
    const status = shared.status();
    announceSharedStatus(session, status);
    return status;
  }),

  /**
   * Gives an overwritten field back the value this user wrote (one undo step, carried to the collaborators) and
   * dismisses its notice; returns how the case stands.
   */
  'collab-notice-restore': method(noticeInput, (context, input) => {
    const { session, shared, notice } = noticeOf(context, input.id);
    const nodeId = shared.status().notices.find((shown) => shown.id === input.id)?.nodeId ?? null;
    if (notice.kind !== 'overwritten' || notice.field === null || notice.lost === null) {
      throw conflict('This notice has no value to restore.');
    }
    const node = nodeId === null ? undefined : session.summary(nodeId);
    if (!node) throw conflict('The node of this notice is gone.');
    const field = notice.field as NodeFieldName;
    const parsed = fieldSchemas()[field]?.safeParse(JSON.parse(notice.lost));
    if (!parsed?.success) throw invalidInput(`The value kept for ${field} cannot be restored.`);
    session.change(`Restore ${NODE_FIELDS[field].label.toLowerCase()}`, () =>
      updateFields(session.database, node.id, { ...pickFields(node), [field]: parsed.data }),
    );
    dismissCollabNotice(session.database, input.id);
    const status = shared.status();
    announceSharedStatus(session, status);
    return status;
  }),
};
