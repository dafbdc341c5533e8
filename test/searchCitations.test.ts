import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
  for (const [key, title] of [
    ['pulpmills', 'Pulp Mills on the River Uruguay'],
    ['statute', 'Statute of the River Uruguay'],
  ]) {
    await t.api['authorities-add']({ key: key!, type: 'case', csl: { title } });
  }
  await t.api['nodes-add']({
    parentId: null,
    kind: 'rule',
    title: 'A duty to inform arises',
    text: 'Due diligence requires notice [@pulpmills, para 101].',
  });
  await t.api['nodes-add']({
    parentId: null,
    kind: 'evidence',
    title: 'The Commission was not informed',
    text: 'No notice was given [@statute, art 7]; see [@pulpmills, para 204].',
  });
  await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Pulpmills mentioned but not cited' });
});
afterEach(() => t.dispose());

const found = async (query: string) =>
  (await t.api.search({ query })).results.map((result) => [result.title, result.snippet]);

describe('searching for the nodes that cite an authority', () => {
  it('finds every node citing @key, with the pinpoints, and not the nodes that only name it', async () => {
    expect(await found('@pulpmills')).toEqual([
      ['A duty to inform arises', 'Cites «pulpmills», para 101'],
      ['The Commission was not informed', 'Cites «pulpmills», para 204'],
    ]);
  });

  it('narrows to the nodes citing every key given, and holding the words given', async () => {
    expect((await found('@pulpmills @statute')).map(([title]) => title)).toEqual(['The Commission was not informed']);
    expect((await found('@pulpmills duty')).map(([title]) => title)).toEqual(['A duty to inform arises']);
    expect(await found('@nonexistent')).toEqual([]);
  });

  it('still searches words as before when no @key is given', async () => {
    expect((await found('pulpmills')).map(([title]) => title)).toContain('Pulpmills mentioned but not cited');
  });
});
