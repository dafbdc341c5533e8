import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const titles = async () => (await t.api['outline-get']({})).map((row) => `${'  '.repeat(row.depth)}${row.title}`);

describe('editing the tree', () => {
  it('adds, renames, indents, outdents, reorders and deletes nodes', async () => {
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Issue' });
    const claimA = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'A' });
    const claimB = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'B' });
    await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'C' });
    expect(await titles()).toEqual(['Issue', '  A', '  B', '  C']);

    await t.api['nodes-indent']({ id: claimB.id });
    expect(await titles()).toEqual(['Issue', '  A', '    B', '  C']);
    await t.api['nodes-outdent']({ id: claimB.id });
    expect(await titles()).toEqual(['Issue', '  A', '  B', '  C']);
    await t.api['nodes-reorder']({ id: claimA.id, direction: 'down' });
    expect(await titles()).toEqual(['Issue', '  B', '  A', '  C']);
    await t.api['nodes-update']({ id: claimA.id, title: 'A renamed', mode: 'any' });
    expect((await t.api['nodes-get']({ id: claimA.id })).mode).toBe('any');
    expect(await titles()).toEqual(['Issue', '  B', '  A renamed', '  C']);
    expect(await t.api['nodes-delete']({ id: issue.id })).toEqual({ deleted: 4 });
    expect(await titles()).toEqual([]);
  });

  it('refuses impossible moves with a message and changes nothing', async () => {
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Issue' });
    const claim = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'Claim' });
    await expect(t.api['nodes-move']({ id: issue.id, parentId: claim.id, index: 0 })).rejects.toThrow(/into itself/);
    await expect(t.api['nodes-indent']({ id: issue.id })).rejects.toThrow(/no sibling before it/);
    await expect(t.api['nodes-outdent']({ id: issue.id })).rejects.toThrow(/already at the top level/);
    await expect(t.api['nodes-get']({ id: 999 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.api['nodes-add']({ parentId: null, kind: 'banana' as 'claim' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'kind',
    });
    expect(await titles()).toEqual(['Issue', '  Claim']);
  });

  it('keeps a citation index of each body and finds nodes by words of titles and bodies', async () => {
    await t.api['authorities-add']({ key: 'res1718', type: 'un_document', short: 'SC Res 1718' });
    const rule = await t.api['nodes-add']({
      parentId: null,
      kind: 'rule',
      title: 'The arms embargo',
      text: 'States shall prevent the supply of battle tanks [@res1718, para 8(a)] and *missiles*.',
    });
    expect(rule.citations).toEqual([{ key: 'res1718', pinpoint: 'para 8(a)' }]);
    const { results } = await t.api.search({ query: 'tanks' });
    expect(results.map((result) => result.title)).toEqual(['The arms embargo']);
    expect(results[0]!.snippet).toContain('«tanks»');
    expect((await t.api.search({ query: 'embar' })).results).toHaveLength(1);
    expect((await t.api.search({ query: '"unbalanced AND (' })).results).toHaveLength(0);
  });

  it('renames an authority key inside every citation of it, and refuses to delete a cited authority', async () => {
    const authority = await t.api['authorities-add']({ key: 'charter', type: 'treaty' });
    const rule = await t.api['nodes-add']({
      parentId: null,
      kind: 'rule',
      title: 'R',
      text: 'See [@charter, art 25].',
    });
    await t.api['authorities-update']({ id: authority.id, key: 'uncharter' });
    const updated = await t.api['nodes-get']({ id: rule.id });
    expect(updated.citations).toEqual([{ key: 'uncharter', pinpoint: 'art 25' }]);
    await expect(t.api['authorities-delete']({ id: authority.id })).rejects.toThrow(/cited by 1 node/);
  });
});

describe('the kind follows where a node stands', () => {
  const kinds = async () => (await t.api['outline-get']({})).map((row) => `${'  '.repeat(row.depth)}${row.kind}`);

  it('makes an issue indented under an issue a claim, keeping its proof standard, in one undoable step', async () => {
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
    const second = await t.api['nodes-add']({
      parentId: null,
      kind: 'issue',
      title: 'The dispute concerns the Convention',
      standard: 'clear_and_convincing',
    });
    const indented = await t.api['nodes-indent']({ id: second.id });
    expect(indented.kind).toBe('claim');
    expect(indented.standard).toBe('clear_and_convincing');
    expect(await kinds()).toEqual(['issue', '  claim']);
    await t.api['history-undo']({});
    expect(await kinds()).toEqual(['issue', 'issue']);
  });

  it('keeps a kind that can stand under its new parent, and an issue moved back to the top level stays what it became', async () => {
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Issue' });
    const claim = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'Claim' });
    const rule = await t.api['nodes-add']({ parentId: null, kind: 'rule', title: 'Rule' });
    await t.api['nodes-move']({ id: rule.id, parentId: claim.id, index: 0 });
    await t.api['nodes-outdent']({ id: claim.id });
    expect(await kinds()).toEqual(['issue', 'claim', '  rule']);
  });

  it('makes a counter under a counter a response, and a response under a claim a counter', async () => {
    const claim = await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Claim' });
    const counter = await t.api['nodes-add']({ parentId: claim.id, kind: 'counter', title: 'Objection' });
    const second = await t.api['nodes-add']({ parentId: claim.id, kind: 'counter', title: 'Answer' });
    expect((await t.api['nodes-indent']({ id: second.id })).kind).toBe('response');
    expect((await t.api['nodes-move']({ id: second.id, parentId: claim.id, index: 9 })).kind).toBe('counter');
    expect(await kinds()).toEqual(['claim', '  counter', '  counter']);
    expect((await t.api['nodes-get']({ id: counter.id })).kind).toBe('counter');
  });

  it('drops the proof standard of an issue that becomes a note under a rule', async () => {
    const rule = await t.api['nodes-add']({ parentId: null, kind: 'rule', title: 'Rule' });
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Aside', standard: 'scintilla' });
    const moved = await t.api['nodes-move']({ id: issue.id, parentId: rule.id, index: 0 });
    expect(moved).toMatchObject({ kind: 'note', standard: null, mode: null });
  });
});
