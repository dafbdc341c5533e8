import type { Authority } from '../../app/model/types';
import type { CaseStore } from '../state/caseStore';
import type { AuthorityDraft } from './AuthorityForm';

/**
 * Adds an authority (or changes authority `id`) after any typing not yet saved, then refreshes the case. A refusal
 * comes back as a sentence for the form to show beside its fields, without the method's name and field path.
 */
export async function saveAuthority(
  store: CaseStore,
  draft: AuthorityDraft,
  id?: number,
): Promise<{ authority?: Authority; problem?: string }> {
  const outcome = await store.run(async () => {
    try {
      const authority =
        id === undefined
          ? await store.api['authorities-add'](draft)
          : await store.api['authorities-update']({ id, ...draft });
      return { authority };
    } catch (error) {
      const message = (error as Error).message.replace(/^authorities-(add|update): [\w.[\]-]*: /, '');
      return { problem: `The authority was not saved: ${message}` };
    }
  });
  return outcome ?? { problem: 'The authority was not saved.' };
}
