import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../app/body/bodyText';
import { mergeBodies } from '../app/body/mergeBodies';
import type { BlockNode, BodyDocument } from '../app/body/types';

const paragraph = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = (...texts: string[]): BodyDocument => ({ type: 'doc', content: texts.map(paragraph) });
const merged = (base: string[], draft: string[], current: string[]) =>
  bodyPlainText(mergeBodies(body(...base), body(...draft), body(...current))).split('\n');

describe('mergeBodies: a draft merged into the stored body it was not typed from', () => {
  it.each([
    ['edits of different paragraphs', ['A', 'B', 'C'], ['A', 'B2', 'C'], ['A1', 'B', 'C'], ['A1', 'B2', 'C']],
    ['edits of neighbouring paragraphs', ['A', 'B'], ['A', 'B2'], ['A1', 'B'], ['A1', 'B2']],
    ['the same edit on both sides, once', ['A', 'B'], ['A', 'B2'], ['A', 'B2'], ['A', 'B2']],
    [
      'one paragraph changed by both: the draft',
      ['A', 'B', 'C'],
      ['A', 'Bd', 'C'],
      ['A', 'Bc', 'C2'],
      ['A', 'Bd', 'C2'],
    ],
    [
      'paragraphs added at one place by both: theirs, then ours',
      ['A', 'B'],
      ['A', 'D', 'B'],
      ['A', 'C', 'B'],
      ['A', 'C', 'D', 'B'],
    ],
    ['a deletion here and an addition there', ['A', 'B', 'C'], ['A', 'C'], ['A', 'B', 'C', 'E'], ['A', 'C', 'E']],
    [
      'a paragraph deleted here that was edited there: the draft',
      ['A', 'B', 'C'],
      ['A', 'C'],
      ['A', 'B2', 'C'],
      ['A', 'C'],
    ],
    ['paragraphs moved apart by the other side', ['A', 'B'], ['A', 'B2'], ['X', 'A', 'Y', 'B'], ['X', 'A', 'Y', 'B2']],
  ])('%s', (_name, base, draft, current, expected) => {
    expect(merged(base, draft, current)).toEqual(expected);
  });

  it('takes a block written with its keys in another order, or a null attribute, as unchanged', () => {
    const base: BodyDocument = {
      type: 'doc',
      content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Facts' }] }, paragraph('B')],
    };
    const draft = {
      type: 'doc',
      content: [
        { content: [{ text: 'Facts', type: 'text' }], attrs: { level: 2, id: null }, type: 'heading' },
        paragraph('B2'),
      ],
    } as BodyDocument;
    const current: BodyDocument = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'The facts' }] },
        paragraph('B'),
      ],
    };
    expect(bodyPlainText(mergeBodies(base, draft, current)).split('\n')).toEqual(['The facts', 'B2']);
  });
});
