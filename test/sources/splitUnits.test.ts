import { describe, expect, it } from 'vitest';
import { locatePart } from '../../app/sources/locatePinpoint';
import { parsePinpoint } from '../../app/sources/parsePinpoint';
import { splitUnits } from '../../app/sources/splitUnits';
import { JUDGMENT, RESOLUTION, TREATY } from './sourceFixtures';

const content = (lines: readonly string[]) => splitUnits(lines.map((text) => ({ text })));

function wordsAt(lines: readonly string[], pinpoint: string): string {
  const source = content(lines);
  const read = parsePinpoint(pinpoint);
  if ('unreadable' in read) return `unreadable: ${read.unreadable}`;
  return read.parts
    .map((part) => {
      const located = locatePart(source, part);
      return 'missing' in located ? located.missing : source.text.slice(located.start, located.end);
    })
    .join(' | ');
}

describe('units of a source', () => {
  it('numbers the paragraphs of a judgment, keeping a list quoted inside a paragraph in it', () => {
    const labels = content(JUDGMENT).units.map((unit) => `${unit.kind} ${unit.label}`);
    expect(labels).toEqual([
      'paragraph 99',
      'paragraph 100',
      'paragraph 101',
      'paragraph 102',
      'paragraph 103',
      'paragraph 104',
    ]);
    expect(wordsAt(JUDGMENT, 'para 103')).toContain('2. consultation between the two States');
    expect(wordsAt(JUDGMENT, 'para 102')).toMatch(/^102\. In the view.*prevention\.$/);
  });

  it('reads operative paragraphs and their subparagraphs, not the preamble', () => {
    expect(content(RESOLUTION).units.map((unit) => unit.label)).toEqual(['1', '2', '8', '9']);
    expect(wordsAt(RESOLUTION, 'para 8(b)')).toMatch(/^\(b\) The DPRK shall cease.*from the DPRK$/);
    expect(wordsAt(RESOLUTION, 'op para 8(a)(ii)')).toMatch(/^\(ii\) All items.*programmes$/);
    expect(wordsAt(RESOLUTION, 'para 8(a)')).toContain('(i) Any battle tanks');
    expect(wordsAt(RESOLUTION, 'para 8(a)')).not.toContain('(b) The DPRK');
    expect(wordsAt(RESOLUTION, 'para 8(d)')).toBe('Paragraph 8 of the source has no (d).');
    expect(wordsAt(RESOLUTION, 'para 3')).toBe('The source has no paragraph 3.');
  });

  it('reads articles and their numbered paragraphs, and nothing of the treaty as numbered paragraphs', () => {
    expect(content(TREATY).units.map((unit) => `${unit.kind} ${unit.label}`)).toEqual([
      'article 1',
      'article 2',
      'article 51',
    ]);
    expect(wordsAt(TREATY, 'art 2(4)')).toMatch(/^4\. All Members shall refrain.*United Nations\.$/);
    expect(wordsAt(TREATY, 'arts 1, 51')).toMatch(/^Article 1\n.* \| Article 51\n/s);
    expect(wordsAt(TREATY, 'art 2(7)')).toBe('Article 2 of the source has no (7).');
    expect(wordsAt(TREATY, 'para 4')).toBe('The source has no paragraph 4.');
  });
});

describe('pinpoints', () => {
  it.each([
    ['para 101', [{ kind: 'paragraph', label: '101', within: [] }]],
    ['paras 113–14', [{ kind: 'paragraph', label: '113', to: '114', within: [] }]],
    ['[45]', [{ kind: 'paragraph', label: '45', within: [] }]],
    ['¶ 45', [{ kind: 'paragraph', label: '45', within: [] }]],
    ['art 8(1)(b)', [{ kind: 'article', label: '8', within: ['1', 'b'] }]],
    [
      'arts 2 and 4',
      [
        { kind: 'article', label: '2', within: [] },
        { kind: 'article', label: '4', within: [] },
      ],
    ],
    [
      'p 14, para 101',
      [
        { kind: 'page', label: '14', within: [] },
        { kind: 'paragraph', label: '101', within: [] },
      ],
    ],
    ['45', [{ kind: 'page', label: '45', within: [] }]],
    ['pp xii–xiv', [{ kind: 'page', label: 'xii', to: 'xiv', within: [] }]],
    ['op para 8(a)', [{ kind: 'paragraph', label: '8', within: ['a'] }]],
  ])('reads %s', (pinpoint, parts) => {
    expect(parsePinpoint(pinpoint)).toEqual({ parts });
  });

  it.each(['Annex 3', 's 3', 'n 12', 'para', 'para 101 (emphasis added)'])('cannot read %s', (pinpoint) => {
    expect(parsePinpoint(pinpoint)).toHaveProperty('unreadable');
  });
});
