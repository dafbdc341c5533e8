import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { sharedCaseOf } from '../collab/sharedCases';
import { conflict } from '../model/errors';
import { loadCollabLink, saveCollabLink } from '../store/collabStore';
import { isDocumentName } from '../store/memberStore';
import { requireSession } from './apiContext';
import { createCase, openCase } from './fileHandlers';
import { method } from './method';

const address = {
  url: z
    .string()
    .max(2000)
    .refine(
      (url) => URL.canParse(url) && /^wss?:$/.test(new URL(url).protocol),
      'the address must start with ws:// or wss://',
    ),
  name: z.string().refine(isDocumentName, 'a case name on a server is letters, digits, . _ - (up to 100)'),
  token: z.string().min(1).max(200),
};

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
  'case-share': method(z.strictObject(address), async (context, input) => {
    const session = requireSession(context);
    if (loadCollabLink(session.database)) throw conflict('This case is shared already.');
    const { probeSharedCase, SharedCase, wholeCase } = await collaboration();
    const { empty } = await probeSharedCase(input);
    if (!empty) throw conflict(`“${input.name}” on ${input.url} holds a case already: open it with Open shared case.`);
    if (context.session !== session) throw conflict('Another case was opened meanwhile; share it again.');
    saveCollabLink(session.database, input);
    return SharedCase.attach(session, input, wholeCase(session)).status();
  }),

  /** Opens a shared case into a local file (created at `path` when there is none) and keeps it in step. */
  'case-open-shared': method(
    z.strictObject({ ...address, path: z.string().min(1).max(4096) }),
    async (context, input) => {
      const path = resolve(input.path);
      if (existsSync(path)) {
        const view = openCase(context, path);
        const link = loadCollabLink(requireSession(context).database);
        if (!link || link.url !== input.url || link.name !== input.name) {
          throw conflict(`${path} is not a copy of “${input.name}” on ${input.url}; choose another file.`);
        }
        const { SharedCase } = await collaboration();
        SharedCase.attach(requireSession(context), link);
        return view;
      }
      const { probeSharedCase, SharedCase } = await collaboration();
      await probeSharedCase(input);
      const view = createCase(context, { path });
      const session = requireSession(context);
      saveCollabLink(session.database, input);
      SharedCase.attach(session, input);
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

  /** Takes the shared case offline (edits are kept in the file) or back online, where they merge. */
  'collab-connection': method(z.strictObject({ online: z.boolean() }), (context, input) => {
    const shared = sharedCaseOf(requireSession(context));
    if (!shared) throw conflict('The open case is not shared.');
    shared.setOnline(input.online);
    return shared.status();
  }),
};
