import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToBody } from '../../app/body/markdownToBody';
import { checkCitation } from '../../app/citecheck/citationCheck';
import { citedQuotations } from '../../app/citecheck/citedQuotations';
import { splitUnits } from '../../app/sources/splitUnits';

/** Words of six letters, all different: a run of them from one unit cannot be read anywhere else. */
const words = fc.uniqueArray(fc.stringMatching(/^[a-z]{6}$/), { minLength: 12, maxLength: 80 });

interface Source {
  kind: 'paragraph' | 'article';
  first: number;
  words: string[];
  cuts: number[];
}

const sources: fc.Arbitrary<Source> = fc.record({
  kind: fc.constantFrom('paragraph' as const, 'article' as const),
  first: fc.integer({ min: 1, max: 300 }),
  words,
  cuts: fc.array(fc.integer({ min: 3, max: 12 }), { minLength: 2, maxLength: 6 }),
});

/** Units numbered from `first`, each with its own words (three or more), one line per unit (articles: a heading line too). */
function sourceLines({ kind, first, words: pool, cuts }: Source) {
  const units: { label: string; words: string[] }[] = [];
  let at = 0;
  for (const [index, size] of cuts.entries()) {
    if (at + 3 > pool.length) break;
    units.push({ label: String(first + index), words: pool.slice(at, at + size) });
    at += size;
  }
  const lines = units.flatMap((unit) =>
    kind === 'article'
      ? [`Article ${unit.label}`, `${unit.words.join(' ')}.`]
      : [`${unit.label}. ${unit.words.join(' ')}.`],
  );
  return { units, lines };
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
  it('verifies at that unit’s pinpoint and fails at every other unit', () => {
    fc.assert(
      fc.property(sources, fc.nat(), fc.nat(), fc.nat(), (source, pick, from, length) => {
        const { units, lines } = sourceLines(source);
        fc.pre(units.length >= 2);
        const content = splitUnits(lines.map((text) => ({ text })));
        const unit = units[pick % units.length]!;
        const start = from % unit.words.length;
        const quoted = unit.words.slice(start, start + 1 + (length % (unit.words.length - start))).join(' ');
        const label = source.kind === 'article' ? 'art' : 'para';
        for (const other of units) {
          const state = stateOf(content, `The source says “${quoted}” [@source, ${label} ${other.label}].`);
          expect(state, `${quoted} at ${label} ${other.label}`).toBe(
            other === unit ? 'verified' : 'quote-not-in-source',
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
