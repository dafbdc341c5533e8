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
