import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const now = async () => JSON.stringify(await t.api['interchange-export']({ withStatus: true }));
const at = async (version: number | string) => JSON.stringify((await t.api['versions-get']({ version })).document);

/** Edits of every kind, each followed by a saved version; returns the case as each version saved it. */
async function editWithVersions(): Promise<string[]> {
  const states: string[] = [];
  const save = async () => {
    await t.api['versions-save']({ name: `v${states.length}` });
    states.push(await now());
  };
  await save();
  const authority = await t.api['authorities-add']({ key: 'charter', type: 'treaty', short: 'UN Charter' });
  const articles = await t.api['authorities-add']({ key: 'arsiwa', type: 'other', short: 'ARSIWA' });
  const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Issue' });
  const first = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'First' });
  await save();
  const second = await t.api['nodes-add']({
    parentId: issue.id,
    kind: 'rule',
    title: 'Second',
    text: 'Binding [@charter, art 25].',
  });
  await t.api['nodes-update']({ id: first.id, title: 'First, renamed', standard: 'scintilla', tags: ['merits'] });
  await save();
  await t.api['nodes-indent']({ id: second.id });
  await t.api['authorities-update']({ id: authority.id, short: 'Charter' });
  await save();
  await t.api['nodes-move']({ id: first.id, parentId: null, index: 0 });
  await t.api['case-update']({ title: 'A v B', side: 'both' });
  await save();
  await t.api['nodes-delete']({ id: issue.id });
  await t.api['authorities-delete']({ id: articles.id });
  await save();
  await t.api['nodes-update']({
    id: first.id,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'After the last version.' }] }],
    },
  });
  return states;
}

describe('named versions', () => {
  it('reads every version back exactly as it was saved, newest first in the list', async () => {
    const states = await editWithVersions();
    const { versions } = await t.api['versions-list']({});
    expect(versions.map((version) => version.name)).toEqual(['v5', 'v4', 'v3', 'v2', 'v1', 'v0']);
    for (const [index, state] of states.entries()) expect(await at(`v${index}`)).toBe(state);
  });

  it('deletes a version and the others still read back as they were saved', async () => {
    const states = await editWithVersions();
    await t.api['versions-delete']({ version: 'v2' });
    await t.api['versions-delete']({ version: 'v5' });
    expect((await t.api['versions-list']({})).versions.map((version) => version.name)).toEqual([
      'v4',
      'v3',
      'v1',
      'v0',
    ]);
    for (const index of [0, 1, 3, 4]) expect(await at(`v${index}`)).toBe(states[index]);
    await t.api['nodes-add']({ parentId: null, kind: 'note', title: 'Later' });
    expect(await at('v4')).toBe(states[4]);
  });

  it('restores a version as one undoable step, after saving the case as it was', async () => {
    const states = await editWithVersions();
    const before = await now();
    const { savedBefore } = await t.api['versions-restore']({ version: 'v2' });
    expect(await now()).toBe(states[2]);
    expect(savedBefore.automatic).toBe(true);
    expect(await at(savedBefore.id)).toBe(before);
    expect((await t.api['history-state']({})).undoLabel).toBe('Restore “v2”');
    await t.api['history-undo']({});
    expect(await now()).toBe(before);
    await t.api['history-redo']({});
    expect(await now()).toBe(states[2]);
    await t.api['versions-restore']({ version: 'v0' });
    expect(await now()).toBe(states[0]);
    for (const [index, state] of states.entries()) expect(await at(`v${index}`)).toBe(state);
  });

  it('survives closing and reopening the file', async () => {
    const states = await editWithVersions();
    await t.api['case-close']({});
    await t.api['case-open']({ path: t.path('case.casewright') });
    for (const [index, state] of states.entries()) expect(await at(`v${index}`)).toBe(state);
  });

  it('saves an automatic version before an import, so the import can be compared and undone', async () => {
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Mine' });
    const before = await now();
    await t.api['import-argdown']({ text: '[Claim]: Imported.\n  <+ <Reason>: Because.' });
    const [latest] = (await t.api['versions-list']({})).versions;
    expect(latest).toMatchObject({ name: 'Before “Import Argdown”', automatic: true });
    expect(await at(latest!.id)).toBe(before);
  });

  it('refuses a bad name or an unknown version with a clear message and changes nothing', async () => {
    await t.api['versions-save']({ name: 'Draft sent to coach' });
    const list = JSON.stringify(await t.api['versions-list']({}));
    await expect(t.api['versions-save']({ name: 'Draft sent to coach' })).rejects.toThrow(/already a version named/);
    await expect(t.api['versions-save']({ name: '   ' })).rejects.toThrow(/a version needs a name/);
    await expect(t.api['versions-save']({ name: 'x'.repeat(201) })).rejects.toThrow(/name/);
    await expect(t.api['versions-save']({ name: 'a\u0000b' })).rejects.toThrow(/control characters/);
    await expect(t.api['versions-restore']({ version: 'Final' })).rejects.toThrow(/no version named “Final”/);
    await expect(t.api['versions-delete']({ version: 99 })).rejects.toThrow(/no version 99/);
    await expect(t.api['versions-get']({ version: -1 } as never)).rejects.toThrow(/version/);
    expect(JSON.stringify(await t.api['versions-list']({}))).toBe(list);
  });
});
