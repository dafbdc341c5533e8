import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

describe('comparing versions', () => {
  it('tells what changed in the argument, node by node, and what it did to the statuses', async () => {
    await t.api['authorities-add']({ key: 'res1718', type: 'un_document', short: 'SC Res 1718' });
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Breach of the arms embargo' });
    const claim = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'The transfer breaches 1718' });
    const rule = await t.api['nodes-add']({
      parentId: claim.id,
      kind: 'rule',
      title: 'Paragraph 8',
      text: 'States shall prevent the supply of arms [@res1718, para 8].',
    });
    const stray = await t.api['nodes-add']({ parentId: null, kind: 'note', title: 'Ask the coach' });
    const other = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Attribution' });
    await t.api['versions-save']({ name: 'Draft sent to coach' });

    await t.api['nodes-update']({ id: claim.id, title: 'The transfers breach Resolution 1718', standard: 'scintilla' });
    await t.api['nodes-update']({ id: rule.id, body: paragraph('States shall prevent the direct supply of arms.') });
    await t.api['nodes-move']({ id: rule.id, parentId: other.id, index: 0 });
    await t.api['nodes-delete']({ id: stray.id });
    const fact = await t.api['nodes-add']({ parentId: claim.id, kind: 'evidence', title: 'Satellite images' });
    await t.api['authorities-add']({ key: 'arsiwa', type: 'other', short: 'ARSIWA' });
    await t.api['case-update']({ title: 'Ukraine v Russia' });

    const diff = await t.api['versions-compare']({});
    expect(diff.from).toBe('version 1 “Draft sent to coach”');
    expect(diff.to).toBe('now');
    const byId = new Map(diff.nodes.map((node) => [node.id, node]));
    expect(byId.get(fact.id)).toMatchObject({ change: 'added', title: 'Satellite images', depth: 2 });
    expect(byId.get(stray.id)).toMatchObject({ change: 'removed', title: 'Ask the coach' });
    expect(byId.get(claim.id)).toMatchObject({
      change: 'changed',
      retitled: { before: 'The transfer breaches 1718', after: 'The transfers breach Resolution 1718' },
      fields: [{ field: 'standard', before: null, after: 'scintilla' }],
    });
    expect(byId.get(rule.id)?.moved).toEqual({
      from: { parentId: claim.id, index: 0 },
      to: { parentId: other.id, index: 0 },
    });
    expect(byId.get(rule.id)?.body?.edits).toEqual([
      { op: 'equal', text: 'States shall prevent the ' },
      { op: 'insert', text: 'direct ' },
      { op: 'equal', text: 'supply of arms' },
      { op: 'delete', text: ' [@res1718, para 8]' },
      { op: 'equal', text: '.' },
    ]);
    expect(byId.get(rule.id)?.citations).toEqual({ added: [], removed: [{ key: 'res1718', pinpoint: 'para 8' }] });
    expect(byId.get(issue.id)?.status?.before).not.toBe(byId.get(issue.id)?.status?.after);
    expect(byId.has(other.id)).toBe(byId.get(other.id)?.status !== undefined);
    expect(diff.authorities).toEqual([expect.objectContaining({ key: 'arsiwa', change: 'added' })]);
    expect(diff.caseInfo).toEqual([{ field: 'title', before: '', after: 'Ukraine v Russia' }]);
    expect(diff.counts).toMatchObject({ added: 1, removed: 1, moved: 1, edited: 2 });
  });

  it('compares two named versions, and the case with another case file', async () => {
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'First' });
    await t.api['versions-save']({ name: 'one' });
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Second' });
    await t.api['versions-save']({ name: 'two' });
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Third' });
    const between = await t.api['versions-compare']({ from: 'one', to: 'two' });
    expect(between.nodes.map((node) => [node.change, node.title])).toEqual([['added', 'Second']]);
    const unchanged = await t.api['versions-compare']({ from: 'two', to: 'two' });
    expect(unchanged.nodes).toEqual([]);

    await t.api['case-save-as']({ path: t.path('copy.casewright') });
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Only in the copy' });
    await t.api['case-open']({ path: t.path('case.casewright') });
    const withCopy = await t.api['versions-compare']({ withPath: t.path('copy.casewright') });
    expect(withCopy.nodes.map((node) => [node.change, node.title])).toEqual([['added', 'Only in the copy']]);
  });

  it('refuses what it cannot compare with a clear message', async () => {
    await expect(t.api['versions-compare']({})).rejects.toThrow(/no versions yet/);
    await t.api['versions-save']({ name: 'one' });
    await expect(t.api['versions-compare']({ to: 'one', withPath: t.path('x.casewright') })).rejects.toThrow(
      /not both/,
    );
    await expect(t.api['versions-compare']({ withPath: t.path('missing.casewright') })).rejects.toThrow(/missing/);
    await expect(t.api['versions-compare']({ from: 'zwei' })).rejects.toThrow(/no version named “zwei”/);
  });
});
