import { describe, expect, it } from 'vitest';
import { editedText } from '../../app/versions/wordEdits';
import { readingText } from '../../renderer/versions/readingText';
import { titleEdits } from '../../renderer/versions/titleEdits';

describe('a retitling in the Compare view', () => {
  it('marks only the words that changed', () => {
    expect(titleEdits('The port of Rajin', 'The port of Rajin in August')).toEqual([
      { op: 'equal', text: 'The port of Rajin' },
      { op: 'insert', text: ' in August' },
    ]);
    expect(titleEdits('Arms were supplied by sea', 'Arms were supplied by rail')).toEqual([
      { op: 'equal', text: 'Arms were supplied by ' },
      { op: 'delete', text: 'sea' },
      { op: 'insert', text: 'rail' },
    ]);
    expect(titleEdits('Old', 'New')).toEqual([
      { op: 'delete', text: 'Old' },
      { op: 'insert', text: 'New' },
    ]);
  });

  it('rebuilds both titles, whatever they are', () => {
    const titles = ['', 'a', 'a a', ' a  b ', 'The claim', 'The claim is established', 'claim The', 'a b a b'];
    for (const before of titles) {
      for (const after of titles) {
        const edits = titleEdits(before, after);
        expect(editedText(edits, 'before')).toBe(before);
        expect(editedText(edits, 'after')).toBe(after);
      }
    }
  });
});

describe('a body in the Compare view', () => {
  it('reads a link as its words and leaves citations as written', () => {
    expect(readingText('see the [imagery report](https://example.org/rajin). They left [@res1718, para 8].')).toBe(
      'see the imagery report. They left [@res1718, para 8].',
    );
    expect(readingText('[Article 2(4)](https://example.org/un-charter_(art)) and [§ 1](#node-12)')).toBe(
      'Article 2(4) and § 1',
    );
    // A link an edit cut in two is left as written.
    expect(readingText('the [imagery')).toBe('the [imagery');
  });
});
