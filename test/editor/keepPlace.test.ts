import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { keepPlace } from '../../renderer/editor/keepPlace';

const schema = getSchema([StarterKit]);

/** A body of one paragraph per text. */
function body(...paragraphs: string[]) {
  return schema.nodeFromJSON({
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  });
}

/** Where the cursor before `marker` in `before` goes in `after` (the marker is not part of the text). */
function cursorAfter(before: string[], after: string[], marker = '|'): number {
  const index = before.findIndex((text) => text.includes(marker));
  let position = 0;
  for (const text of before.slice(0, index)) position += text.length + 2;
  position += 1 + before[index]!.indexOf(marker);
  const clean = before.map((text) => text.replace(marker, ''));
  return keepPlace(body(...clean), body(...after), position);
}

describe('a cursor when a collaborator changes the body it is in', () => {
  it('moves along with its text when they type before it, in its paragraph or an earlier one', () => {
    const after = body('Both parties agreed in writing', 'to the Court.');
    const expected = after.resolve(1 + 'Both parties agreed in writing'.length + 2 + 'to the'.length).pos;
    expect(
      cursorAfter(['Both parties agreed', 'to the| Court.'], ['Both parties agreed in writing', 'to the Court.']),
    ).toBe(expected);
    expect(
      cursorAfter(
        ['Both |parties'],
        ['Firmly, both parties'].map((text) => text),
      ),
    ).toBe(1 + 'Firmly, both '.length);
  });

  it('stays where it is when they type after it', () => {
    expect(cursorAfter(['Both| parties', 'agreed.'], ['Both parties', 'agreed in writing.'])).toBe(1 + 'Both'.length);
  });

  it('goes to the start of what they replaced when its text is gone', () => {
    expect(cursorAfter(['Both par|ties agreed.'], ['Both agreed.'])).toBe(1 + 'Both '.length);
  });

  it('moves past a letter typed before it that repeats the one next to it', () => {
    expect(cursorAfter(['ab|'], ['aab'])).toBe(4);
  });
});
