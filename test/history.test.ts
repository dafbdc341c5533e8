import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const snapshot = async () => JSON.stringify(await t.api['interchange-export']({}));
const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of operation, back to the exact earlier state', async () => {
    const states: string[] = [await snapshot()];
    const authority = await t.api['authorities-add']({ key: 'charter', type: 'treaty', short: 'UN Charter' });
    states.push(await snapshot());
    const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Issue' });
    states.push(await snapshot());
    const first = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'First' });
    states.push(await snapshot());
    const second = await t.api['nodes-add']({
      parentId: issue.id,
      kind: 'rule',
      title: 'Second',
      text: 'Binding [@charter, art 25].',
    });
    states.push(await snapshot());
    await t.api['nodes-update']({ id: first.id, title: 'First, renamed', standard: 'scintilla', tags: ['merits'] });
    states.push(await snapshot());
    await t.api['nodes-indent']({ id: second.id });
    states.push(await snapshot());
    await t.api['nodes-outdent']({ id: second.id });
    states.push(await snapshot());
    await t.api['nodes-reorder']({ id: second.id, direction: 'up' });
    states.push(await snapshot());
    await t.api['nodes-move']({ id: first.id, parentId: null, index: 0 });
    states.push(await snapshot());
    await t.api['authorities-update']({ id: authority.id, key: 'uncharter', short: 'Charter' });
    states.push(await snapshot());
    await t.api['case-update']({ title: 'A v B', side: 'both' });
    states.push(await snapshot());
    await t.api['nodes-delete']({ id: issue.id });
    states.push(await snapshot());

    for (let index = states.length - 2; index >= 0; index--) {
      await t.api['history-undo']({});
      expect(await snapshot()).toBe(states[index]);
    }
    expect((await t.api['history-state']({})).canUndo).toBe(false);
    for (let index = 1; index < states.length; index++) {
      await t.api['history-redo']({});
      expect(await snapshot()).toBe(states[index]);
    }
    expect((await t.api['history-state']({})).canRedo).toBe(false);
  });

  it('restores the citation index and search index with the text', async () => {
    await t.api['authorities-add']({ key: 'npt', type: 'treaty' });
    const rule = await t.api['nodes-add']({ parentId: null, kind: 'rule', title: 'Rule' });
    await t.api['nodes-update']({ id: rule.id, body: paragraph('no citation yet') });
    await t.api['nodes-update']({
      id: rule.id,
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'withdrawal ' },
              { type: 'citation', attrs: { key: 'npt', pinpoint: 'art X' } },
            ],
          },
        ],
      },
    });
    expect((await t.api['nodes-get']({ id: rule.id })).citations).toHaveLength(1);
    await t.api['history-undo']({});
    const after = await t.api['nodes-get']({ id: rule.id });
    expect(after.citations).toEqual([]);
    expect(after.body.content).toEqual([]);
    expect((await t.api.search({ query: 'withdrawal' })).results).toEqual([]);
    await t.api['history-redo']({});
    expect((await t.api['nodes-get']({ id: rule.id })).citations).toEqual([{ key: 'npt', pinpoint: 'art X' }]);
    expect((await t.api.search({ query: 'withdrawal' })).results).toHaveLength(1);
  });

  it('treats a run of keystrokes in one body as one step', async () => {
    const claim = await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Claim' });
    for (const text of ['T', 'Ty', 'Typ', 'Typed'])
      await t.api['nodes-update']({ id: claim.id, body: paragraph(text) });
    expect((await t.api['history-state']({})).undoLabel).toBe('Edit text');
    await t.api['history-undo']({});
    expect((await t.api['nodes-get']({ id: claim.id })).body.content).toEqual([]);
    expect((await t.api['history-state']({})).undoLabel).toBe('Add claim');
  });

  it('clears redo after a new change', async () => {
    await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'One' });
    await t.api['history-undo']({});
    await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Two' });
    expect((await t.api['history-state']({})).canRedo).toBe(false);
    expect((await t.api['outline-get']({})).map((row) => row.title)).toEqual(['Two']);
  });
});
