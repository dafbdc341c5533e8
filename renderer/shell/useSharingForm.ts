import { useState } from 'react';
import { type SharedCaseFields, sharedCaseProblems } from '../../app/model/sharedCaseAddress';
import { openSharedCase } from '../api/openSharedCase';
import type { SharingMode } from '../commands/commands';
import type { CaseStore } from '../state/caseStore';

export type FieldProblems = Partial<Record<keyof SharedCaseFields, string>>;

/** Where the browser mode keeps a shared case's local copy at first: beside the open case, under its name there. */
function localCopyBeside(casePath: string | undefined, name: string): string {
  const folder = casePath?.replace(/[\\/][^\\/]*$/, '') ?? '';
  const separator = casePath?.includes('\\') && !casePath.includes('/') ? '\\' : '/';
  return `${folder}${separator}${name || 'shared case'}.casewright`;
}

/** A case's name on a server made from its title: letters, digits and dashes. */
function nameFromTitle(title: string | undefined): string {
  return (title ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/**
 * The sharing dialog's state: what was typed, the problems shown by field, the server's refusal, and whether a call
 * runs. `submit` checks the fields first and calls nothing while one has a problem; it closes the dialog when done.
 */
export function useSharingForm(store: CaseStore, mode: SharingMode, onClose: () => void) {
  const { info, shared } = store.getState();
  const [fields, setFields] = useState<SharedCaseFields>({
    url: shared?.url ?? '',
    name: shared?.name ?? (mode === 'share' ? nameFromTitle(info?.title) : ''),
    token: '',
  });
  const [path, setPath] = useState<string | undefined>();
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const localCopy = path ?? localCopyBeside(info?.path, fields.name.trim());

  const run = async (typed: SharedCaseFields): Promise<string | undefined> => {
    if (mode === 'share') {
      await store.attempt(() => store.api['case-share'](typed));
      return `This case is now shared on ${typed.url} as “${typed.name}”.`;
    }
    if (mode === 'token') {
      await store.attempt(() => store.api['collab-connection']({ online: true, token: typed.token }));
      return `“${typed.name}” is online again.`;
    }
    return openSharedCase(store.api, typed, localCopy, window.casewright);
  };

  const submit = async () => {
    const typed = { url: fields.url.trim(), name: fields.name.trim(), token: fields.token.trim() };
    const all = sharedCaseProblems(typed);
    const found = mode === 'token' ? (all.token ? { token: all.token } : {}) : all;
    setProblems(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const done = await run(typed);
      if (done === undefined) return;
      store.say(done);
      onClose();
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return { fields, setFields, localCopy, setPath, problems, failure, busy, submit, refused: shared?.refused ?? null };
}
