import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToBody } from '../../app/body/markdownToBody';
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

  it('reports a kind changed, a status changed only by what happened under it, a citation added and an authority removed', async () => {
    await t.api['authorities-add']({ key: 'res1718', type: 'un_document', short: 'SC Res 1718' });
    const treatise = await t.api['authorities-add']({ key: 'treatise', type: 'other', short: 'Old treatise' });
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Breach of the arms embargo' });
    const claim = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'The transfer is unlawful' });
    const rule = await t.api['nodes-add']({
      parentId: claim.id,
      kind: 'rule',
      title: 'Paragraph 8',
      text: 'States shall prevent the supply of arms.',
    });
    await t.api['nodes-add']({
      parentId: claim.id,
      kind: 'evidence',
      title: 'Satellite images',
      weight: 'strong',
      assessment: 'accepted',
    });
    const aside = await t.api['nodes-add']({ parentId: issue.id, kind: 'note', title: 'The port of Rajin' });
    await t.api['versions-save']({ name: 'Draft sent to coach' });
    const statusBefore = (await t.api['nodes-get']({ id: claim.id })).status;

    await t.api['nodes-update']({ id: aside.id, kind: 'evidence' });
    await t.api['nodes-update']({
      id: rule.id,
      body: markdownToBody('States shall prevent the supply of arms [@res1718, para 8].'),
    });
    await t.api['authorities-delete']({ id: treatise.id });
    const statusAfter = (await t.api['nodes-get']({ id: claim.id })).status;
    expect(statusAfter).not.toBe(statusBefore);

    const diff = await t.api['versions-compare']({ from: 'Draft sent to coach' });
    const byId = new Map(diff.nodes.map((node) => [node.id, node]));
    expect(byId.get(aside.id)).toMatchObject({
      change: 'changed',
      kind: 'evidence',
      fields: [{ field: 'kind', before: 'note', after: 'evidence' }],
    });
    // The claim itself was not touched: only its status differs, because its rule now cites an authority.
    const claimChange = byId.get(claim.id)!;
    expect(claimChange.status).toEqual({ before: statusBefore, after: statusAfter });
    expect(Object.keys(claimChange).sort()).toEqual(['change', 'depth', 'id', 'kind', 'status', 'title']);
    expect(byId.get(rule.id)?.citations).toEqual({ added: [{ key: 'res1718', pinpoint: 'para 8' }], removed: [] });
    expect(diff.authorities).toEqual([{ key: 'treatise', change: 'removed', short: 'Old treatise' }]);
    expect(diff.counts).toMatchObject({ added: 0, removed: 0, moved: 0, edited: 2 });
    expect(diff.counts.statusChanged).toBeGreaterThanOrEqual(1);
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
    // The same file sent as its bytes, as a page without its path sends it; from a version rather than now.
    const base64 = readFileSync(t.path('copy.casewright')).toString('base64');
    const sent = await t.api['versions-compare']({ from: 'one', withFile: { name: 'copy.casewright', base64 } });
    expect([sent.from, sent.to]).toEqual(['version 1 “one”', 'copy.casewright']);
    expect(sent.nodes.map((node) => [node.change, node.title])).toEqual([
      ['added', 'Second'],
      ['added', 'Third'],
      ['added', 'Only in the copy'],
    ]);
    const notCase = Buffer.from('This is not a case file.').toString('base64');
    await expect(t.api['versions-compare']({ withFile: { name: 'notes.txt', base64: notCase } })).rejects.toThrow(
      /notes\.txt/,
    );
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
