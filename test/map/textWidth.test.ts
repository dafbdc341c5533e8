import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../app/map/textWidth';

const WORDS = [
  'the',
  'Court',
  'jurisdiction',
  'optional-clause',
  'Démocratique',
  'of',
  'a',
  'UNSC',
  '2397(2017)',
  'Ç',
  '—',
];

/** A title of `count` words drawn from a fixed list by a simple generator (the same titles each run). */
function title(seed: number, count: number): string {
  const words: string[] = [];
  let state = seed;
  for (let index = 0; index < count; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[state % WORDS.length]!);
  }
  return words.join(' ');
}

describe('wrapping a title', () => {
  it('fills each line greedily within the width, keeps every word when it fits, and ends with an ellipsis when not', () => {
    for (let seed = 1; seed < 400; seed++) {
      const text = title(seed, 1 + (seed % 40));
      const width = 60 + (seed % 7) * 30;
      const maxLines = 1 + (seed % 4);
      const lines = wrapText(text, width, 13, maxLines);
      expect(lines.length).toBeLessThanOrEqual(maxLines);
      for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width + 1e-9);
      const whole = wrapText(text, width, 13, Number.POSITIVE_INFINITY);
      expect(whole.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      for (let index = 0; index + 1 < whole.length; index++) {
        const next = whole[index + 1]!.split(' ')[0]!;
        if (text.includes(`${whole[index]} ${next}`))
          expect(textWidth(`${whole[index]} ${next}`, 13)).toBeGreaterThan(width);
      }
      if (whole.length > maxLines) {
        expect(lines.at(-1)!.endsWith('…')).toBe(true);
        expect(lines.slice(0, -1)).toEqual(whole.slice(0, maxLines - 1));
      } else expect(lines).toEqual(whole);
    }
  });
});
