import { describe, expect, it } from 'vitest';
import { checkCitation } from '../../app/citecheck/citationCheck';
import { pinpointAt, pinpointOfUnit, unitsToRead } from '../../app/sources/pinpointAt';
import { splitUnits } from '../../app/sources/splitUnits';
import { JUDGMENT, RESOLUTION, TREATY } from './sourceFixtures';

const pages = (lines: readonly string[], perPage: number) =>
  lines.map((text, index) => ({ text, page: String(Math.floor(index / perPage) + 1) }));

describe('the pinpoint of a passage chosen in a source', () => {
  it.each([
    ['a judgment', JUDGMENT],
    ['a resolution', RESOLUTION],
    ['a treaty', TREATY],
  ])(
    'words chosen inside any unit of %s are verified at the pinpoint given to them, not at the next unit',
    (_name, lines) => {
      const source = splitUnits(pages(lines, 4));
      const numbered = unitsToRead(source.units);
      expect(numbered.length).toBeGreaterThan(2);
      for (const [position, unit] of numbered.entries()) {
        const lastLine = source.text.slice(unit.start, unit.end).split('\n').at(-1)!;
        const words = lastLine.split(' ').slice(1, 5).join(' ');
        const start = source.text.indexOf(words, unit.start);
        const pinpoint = pinpointAt(source.units, start, start + words.length);
        expect(pinpoint).toBe(pinpointOfUnit(unit));
        const check = (at: string) =>
          checkCitation({ nodeId: 1, index: 0, key: 'k', pinpoint: at, quote: words, authorityExists: true, source })
            .state;
        expect(check(pinpoint)).toBe('verified');
        const next = numbered[position + 1];
        if (next && !source.text.slice(next.start, next.end).includes(words)) {
          expect(check(pinpointOfUnit(next))).toBe('quote-not-in-source');
        }
      }
    },
  );

  it('a passage running from one paragraph into the next names both, and verifies there', () => {
    const source = splitUnits(pages(JUDGMENT, 50));
    const to = source.text.indexOf('It may now');
    const start = source.text.indexOf('the obligation to inform CARU');
    const pinpoint = pinpointAt(source.units, start, to + 10);
    expect(pinpoint).toBe('paras 102–104');
    const quote = source.text.slice(start, to + 10).replace(/\s+/g, ' ');
    const check = checkCitation({ nodeId: 1, index: 0, key: 'k', pinpoint, quote, authorityExists: true, source });
    expect(check.state).toBe('verified');
  });

  it('text outside every numbered paragraph is named by its page; a source without units gives no pinpoint', () => {
    const source = splitUnits(pages(JUDGMENT, 2));
    const heading = source.text.indexOf('JUDGMENT OF 20 APRIL');
    expect(pinpointAt(source.units, heading, heading + 8)).toBe('p 2');
    expect(pinpointAt(splitUnits([{ text: 'A note with no numbers.' }]).units, 0, 4)).toBe('');
  });

  it('a reader moves through the numbered units in order, or through the pages of a source without them', () => {
    const judgment = splitUnits(pages(JUDGMENT, 3));
    expect(unitsToRead(judgment.units).map(pinpointOfUnit)).toEqual([
      'para 99',
      'para 100',
      'para 101',
      'para 102',
      'para 103',
      'para 104',
    ]);
    const plain = splitUnits(pages(['Some words.', 'More words.', 'The end.'], 1));
    expect(unitsToRead(plain.units).map(pinpointOfUnit)).toEqual(['p 1', 'p 2', 'p 3']);
  });
});
