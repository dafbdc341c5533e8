import { documentSchemas } from '../interchange/documentSchema';
import { conflict, invalidInput } from '../model/errors';
import { fieldSchemas } from '../model/nodeFieldSchemas';
import { NODE_FIELDS, type NodeFieldName, pickFields } from '../model/nodeFields';
import type { CaseSession } from '../session/caseSession';
import { saveCaseInfo } from '../store/caseInfoStore';
import { CASE_NOTICE_UID, type StoredCollabNotice } from '../store/collabStore';
import { updateFields } from '../store/nodeStore';
import { CASE_SETTING_LABELS } from './overwrittenMessage';

type CaseKey = keyof typeof CASE_SETTING_LABELS;

/**
 * Gives the field an overwritten notice is about (of node `nodeId`, or a case setting) the value this user wrote, as
 * one undo step ("Restore title") that the change stream carries to the collaborators.
 */
export function restoreOverwritten(session: CaseSession, notice: StoredCollabNotice, nodeId: number | null): void {
  if (notice.kind !== 'overwritten' || notice.field === null || notice.lost === null) {
    throw conflict('This notice has no value to restore.');
  }
  const lost: unknown = JSON.parse(notice.lost);
  if (notice.uid === CASE_NOTICE_UID) {
    const key = notice.field as CaseKey;
    const parsed = key in CASE_SETTING_LABELS ? documentSchemas().caseSchema.shape[key].safeParse(lost) : undefined;
    if (!parsed?.success || parsed.data === undefined)
      throw invalidInput(`The value kept for ${key} cannot be restored.`);
    const next = { ...session.caseInfo(), [key]: parsed.data };
    session.change(`Restore case ${CASE_SETTING_LABELS[key]}`, () => saveCaseInfo(session.database, next));
    return;
  }
  const node = nodeId === null ? undefined : session.summary(nodeId);
  if (!node) throw conflict('The node of this notice is gone.');
  const field = notice.field as NodeFieldName;
  const parsed = field in NODE_FIELDS ? fieldSchemas()[field].safeParse(lost) : undefined;
  if (!parsed?.success) throw invalidInput(`The value kept for ${field} cannot be restored.`);
  session.change(`Restore ${NODE_FIELDS[field].label.toLowerCase()}`, () =>
    updateFields(session.database, node.id, { ...pickFields(node), [field]: parsed.data }),
  );
}
