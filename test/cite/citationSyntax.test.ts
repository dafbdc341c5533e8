import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCitationSyntax, readCitationGroup } from '../../app/cite/citationSyntax';

const known = (key: string) => ['pulpmills', 'vclt', 'res1718'].includes(key);
const cited = (text: string, bare = known) =>
  findCitationSyntax(text, bare).map(({ from, to, citations }) => ({ text: text.slice(from, to), citations }));

describe('reading a bracketed group', () => {
  it('reads one citation with its pinpoint, as the gap report hints write it', () => {
    expect(readCitationGroup('@pulpmills, para 101')).toEqual([{ key: 'pulpmills', pinpoint: 'para 101' }]);
  });

  it('reads several citations, each with or without a pinpoint', () => {
    expect(readCitationGroup('@vclt, art 31(3)(c); @pulpmills; @res1718, para 8(a)')).toEqual([
      { key: 'vclt', pinpoint: 'art 31(3)(c)' },
      { key: 'pulpmills', pinpoint: '' },
      { key: 'res1718', pinpoint: 'para 8(a)' },
    ]);
  });

  it('keeps keys with internal punctuation and drops the sentence punctuation after one', () => {
    expect(readCitationGroup('@icj-statute:art.38')).toEqual([{ key: 'icj-statute:art.38', pinpoint: '' }]);
    expect(readCitationGroup('@arsiwa_2001.')).toEqual([{ key: 'arsiwa_2001', pinpoint: '' }]);
  });

  it('refuses what is not a citation: prefixes, empty keys, keys the service would refuse, long pinpoints', () => {
    expect(readCitationGroup('see @vclt')).toBeNull();
    expect(readCitationGroup('@')).toBeNull();
    expect(readCitationGroup('@vclt; and more')).toBeNull();
    expect(readCitationGroup('@-vclt')).toBeNull();
    expect(readCitationGroup(`@${'k'.repeat(101)}`)).toBeNull();
    expect(readCitationGroup(`@vclt, ${'p'.repeat(201)}`)).toBeNull();
    expect(readCitationGroup('@vclt, art \ufffc 31')).toBeNull();
  });
});

describe('finding citations in running text', () => {
  it('finds each group where it stands, known key or not', () => {
    const text = 'As held in [@pulpmills, para 101] and [@nonexistent], the duty applies.';
    expect(cited(text)).toEqual([
      { text: '[@pulpmills, para 101]', citations: [{ key: 'pulpmills', pinpoint: 'para 101' }] },
      { text: '[@nonexistent]', citations: [{ key: 'nonexistent', pinpoint: '' }] },
    ]);
  });

  it('reads a bare key only when it is known, with a bracketed pinpoint after it', () => {
    expect(cited('See @pulpmills [para 204] and @vclt. Write to clerk@icj-cij.org or @someone.')).toEqual([
      { text: '@pulpmills [para 204]', citations: [{ key: 'pulpmills', pinpoint: 'para 204' }] },
      { text: '@vclt', citations: [{ key: 'vclt', pinpoint: '' }] },
    ]);
  });

  it('leaves escaped brackets, unclosed groups and links alone', () => {
    expect(cited('\\[@pulpmills, para 101] [@vclt, art 31 [see](https://example.org)')).toEqual([]);
    expect(cited('a [link](https://example.org) and [@vclt')).toEqual([]);
  });

  it('reads text with no citation syntax as nothing, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const plain = text.replace(/@/g, '');
        expect(findCitationSyntax(plain, () => true)).toEqual([]);
      }),
    );
  });

  it('never overlaps, stays inside the text, and reads back each group it found', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('[@vclt, art 31]', '[@a; @b, p 3]', '@vclt', ' ', 'x', '[', ']', '@', ';', ',', '\\'),
          {
            maxLength: 40,
          },
        ),
        (pieces) => {
          const text = pieces.join('');
          let end = 0;
          for (const found of findCitationSyntax(text, known)) {
            expect(found.from).toBeGreaterThanOrEqual(end);
            expect(found.to).toBeLessThanOrEqual(text.length);
            expect(found.citations.length).toBeGreaterThan(0);
            const written = text.slice(found.from, found.to);
            if (written.startsWith('[')) expect(readCitationGroup(written.slice(1, -1))).toEqual(found.citations);
            end = found.to;
          }
        },
      ),
    );
  });
});
