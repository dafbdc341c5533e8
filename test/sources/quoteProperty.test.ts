import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToBody } from '../../app/body/markdownToBody';
import { checkCitation } from '../../app/citecheck/citationCheck';
import { citedQuotations } from '../../app/citecheck/citedQuotations';
import type { TextBlock } from '../../app/sources/sourceTypes';
import { splitUnits } from '../../app/sources/splitUnits';

/** Words of six letters, all different: a run of them from one unit cannot be read anywhere else. */
const words = fc.uniqueArray(fc.stringMatching(/^[a-z]{6}$/), { minLength: 12, maxLength: 80 });

/** The shapes of source a pinpoint names: a judgment's paragraphs, a treaty's articles, a resolution's operative paragraphs, a PDF's pages. */
type Kind = 'paragraph' | 'article' | 'operative' | 'page';

interface Source {
  kind: Kind;
  first: number;
  words: string[];
  cuts: number[];
}

const sources: fc.Arbitrary<Source> = fc.record({
  kind: fc.constantFrom<Kind>('paragraph', 'article', 'operative', 'page'),
  first: fc.integer({ min: 1, max: 300 }),
  words,
  cuts: fc.array(fc.integer({ min: 3, max: 12 }), { minLength: 2, maxLength: 6 }),
});

/** Its preamble, which no operative paragraph includes. */
const PREAMBLE = [
  'The Security Council,',
  'Recalling its previous resolutions,',
  'Acting under Chapter VII of the Charter,',
];

/** How a citation names a unit of each kind. */
const PINPOINT_LABELS: Record<Kind, string> = { paragraph: 'para', article: 'art', operative: 'op para', page: 'p' };

/**
 * Units numbered from `first`, each with its own words (three or more): a numbered line per paragraph, a heading and
 * a line per article, a numbered line after the preamble per operative paragraph, a page (by its label) per page.
 */
function sourceBlocks({ kind, first, words: pool, cuts }: Source) {
  const units: { label: string; words: string[] }[] = [];
  let at = 0;
  for (const [index, size] of cuts.entries()) {
    if (at + 3 > pool.length) break;
    units.push({ label: String(first + index), words: pool.slice(at, at + size) });
    at += size;
  }
  const blocks: TextBlock[] = units.flatMap((unit): TextBlock[] => {
    const words = `${unit.words.join(' ')}.`;
    if (kind === 'article') return [{ text: `Article ${unit.label}` }, { text: words }];
    if (kind === 'page') return [{ text: words, page: unit.label }];
    return [{ text: `${unit.label}. ${words}` }];
  });
  return { units, blocks: kind === 'operative' ? [...PREAMBLE.map((text) => ({ text })), ...blocks] : blocks };
}

function stateOf(content: ReturnType<typeof splitUnits>, text: string) {
  const body = markdownToBody(text);
  const citation = /\[@source, ([^\]]+)\]/.exec(text)!;
  return checkCitation({
    nodeId: 1,
    index: 0,
    key: 'source',
    pinpoint: citation[1]!,
    quote: citedQuotations(body)[0]!,
    authorityExists: true,
    source: content,
  }).state;
}

describe('a quotation taken from a unit of a source', () => {
  it('verifies at that unit’s pinpoint and fails at every other unit (paragraphs, articles, operative paragraphs, pages)', () => {
    fc.assert(
      fc.property(sources, fc.nat(), fc.nat(), fc.nat(), (source, pick, from, length) => {
        const { units, blocks } = sourceBlocks(source);
        fc.pre(units.length >= 2);
        const content = splitUnits(blocks);
        const unit = units[pick % units.length]!;
        const start = from % unit.words.length;
        const quoted = unit.words.slice(start, start + 1 + (length % (unit.words.length - start))).join(' ');
        const label = PINPOINT_LABELS[source.kind];
        for (const other of units) {
          const state = stateOf(content, `The source says “${quoted}” [@source, ${label} ${other.label}].`);
          expect(state, `${quoted} at ${label} ${other.label}`).toBe(
            other === unit ? 'verified' : 'quote-not-in-source',
          );
          if (source.kind === 'operative') {
            const preamble = `The Council was “Recalling its previous resolutions” [@source, ${label} ${other.label}].`;
            expect(stateOf(content, preamble)).toBe('quote-not-in-source');
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
