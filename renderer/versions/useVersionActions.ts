import type { CaseStore } from '../state/caseStore';
import type { VersionEntry } from './useVersionList';

type Confirm = (message: string, confirmLabel?: string) => Promise<boolean>;

/** What the Versions panel does: save the case as a version, restore one (asked first, undoable), delete one. */
export function useVersionActions(store: CaseStore, confirm: Confirm, reload: () => void) {
  /** Saves the case as a version; what went wrong (a name taken, an empty name), or undefined once saved. */
  const save = async (name: string): Promise<string | undefined> => {
    try {
      const saved = await store.attempt(() => store.api['versions-save']({ name }));
      store.say(`Saved the case as version “${saved.name}”.`);
      reload();
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  const restore = async (version: VersionEntry): Promise<void> => {
    const message = `Restore “${version.name}”? The case becomes what it was then. The case as it is now is saved as a version first, and Undo brings it back.`;
    if (!(await confirm(message, 'Restore'))) return;
    const restored = await store.run(() => store.api['versions-restore']({ version: version.id }));
    if (!restored) return;
    store.say(`Restored “${version.name}”. The case as it was is saved as “${restored.savedBefore.name}”.`);
    reload();
  };

  const remove = async (version: VersionEntry): Promise<void> => {
    const message = `Delete version “${version.name}”? The case itself does not change, but this version cannot be brought back.`;
    if (!(await confirm(message, 'Delete version'))) return;
    const deleted = await store.run(() => store.api['versions-delete']({ version: version.id }));
    if (!deleted) return;
    store.say(`Deleted version “${version.name}”.`);
    reload();
  };

  return { save, restore, remove };
}
