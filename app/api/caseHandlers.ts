import * as z from 'zod';
import { documentSchemas } from '../interchange/documentSchema';
import { invalidInput } from '../model/errors';
import { saveCaseInfo } from '../store/caseInfoStore';
import { renameSpeakers } from '../store/renameSpeakers';
import { requireSession } from './apiContext';
import { method } from './method';
import { outlineRows } from './views';

export const caseHandlers = {
  /** The case's metadata and where its file is. */
  'case-get': method(
    () => z.strictObject({}),
    (context) => {
      const session = requireSession(context);
      return { path: session.path, ...session.caseInfo() };
    },
  ),

  /**
   * What a window shows of the case, in one read: its metadata, the outline, the gap report and the undo state (as
   * `case-get`, `outline-get`, the findings of `evaluation-get` and `history-state` would answer).
   */
  'case-view': method(
    () => z.strictObject({}),
    (context) => {
      const session = requireSession(context);
      return {
        info: { path: session.path, ...session.caseInfo() },
        rows: outlineRows(session),
        findings: session.evaluate().findings,
        history: historyState(session),
      };
    },
  ),

  /** Changes the case's metadata. */
  'case-update': method(
    () => {
      // The case's fields as a `casewright/1` file holds them, all optional.
      return documentSchemas().caseSchema.extend({
        /** Speakers renamed in `oral`: the points they argue follow them, in the same undo step. */
        renamedSpeakers: z
          .array(z.strictObject({ from: z.string().trim().min(1).max(200), to: z.string().trim().min(1).max(200) }))
          .max(20)
          .optional(),
      });
    },
    (context, input) => {
      const session = requireSession(context);
      const { renamedSpeakers = [], ...fields } = input;
      const next = { ...session.caseInfo() };
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) (next as Record<string, unknown>)[key] = value;
      }
      const named = new Set(next.oral.speakers.map((speaker) => speaker.name));
      const unknown = renamedSpeakers.find((rename) => !named.has(rename.to));
      if (unknown) throw invalidInput(`“${unknown.to}” is not a speaker in the oral-argument settings.`);
      if (new Set(renamedSpeakers.map((rename) => rename.from)).size < renamedSpeakers.length) {
        throw invalidInput('A speaker is renamed twice.');
      }
      session.change('Edit case details', () => {
        saveCaseInfo(session.database, next);
        renameSpeakers(session.database, renamedSpeakers);
      });
      return { path: session.path, ...session.caseInfo() };
    },
  ),

  /** Undoes the last change. */
  'history-undo': method(
    () => z.strictObject({}),
    (context) => {
      const session = requireSession(context);
      const undone = session.undo() ?? null;
      return { undone, ...historyState(session) };
    },
  ),

  /** Redoes the last undone change. */
  'history-redo': method(
    () => z.strictObject({}),
    (context) => {
      const session = requireSession(context);
      const redone = session.redo() ?? null;
      return { redone, ...historyState(session) };
    },
  ),

  /** What undo and redo would do now. */
  'history-state': method(
    () => z.strictObject({}),
    (context) => historyState(requireSession(context)),
  ),

  /** The statuses of every node and the gap report. */
  'evaluation-get': method(
    () => z.strictObject({}),
    (context) => {
      const evaluation = requireSession(context).evaluate();
      return {
        findings: evaluation.findings,
        statuses: Object.fromEntries(evaluation.statuses),
        weights: Object.fromEntries(evaluation.weights),
      };
    },
  ),
};

function historyState(session: ReturnType<typeof requireSession>) {
  return {
    canUndo: session.history.canUndo,
    canRedo: session.history.canRedo,
    undoLabel: session.history.undoLabel ?? null,
    redoLabel: session.history.redoLabel ?? null,
  };
}
