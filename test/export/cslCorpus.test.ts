import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';

/*
 * Real CSL styles (../shared/corpora/csl, from citation-style-language/styles) exporting the sample memorial, the
 * Russia–DPRK pact case: treaties, Security Council and General Assembly resolutions, verbatim records, ILC
 * texts, ICJ cases and web pages. Every independent style must write every footnote and every index entry, with
 * no citeproc error text, no "undefined", and the pinpoints the built-in OSCOLA prints.
 *
 * More styles: CSL_STYLES_DIR=<a checkout of citation-style-language/styles> (and CSL_STYLES=a,b,c to pick some
 * by file name; by default the legal styles first, then up to CSL_STYLES_LIMIT others) runs the same checks on
 * each and prints N tried / N clean.
 */

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/csl');
const MIRROR = process.env.CSL_STYLES_DIR;

interface Memorial {
  notes: string[];
  index: string[];
}

/** The footnotes and Index of Authorities entries of a Markdown memorial. */
function readMemorial(markdown: string): Memorial {
  const notes: string[] = [];
  for (const match of markdown.matchAll(/^\[\^(\d+)\]: (.*(?:\n {4}.*)*)/gm)) notes[Number(match[1]) - 1] = match[2]!;
  const index = /^# Index of Authorities.*\n([\s\S]*?)\n# /m.exec(markdown)?.[1] ?? '';
  const entries = [...index.matchAll(/^-\s+(.*)$/gm)].map((match) => match[1]!.replace(/\s+---\s+(nn?|passim).*$/, ''));
  return { notes, index: entries };
}

/** The paragraph and article numbers the built-in OSCOLA note cites ("paras 195, 199" gives 195 and 199). */
function pinpoints(note: string): string[] {
  return [...note.matchAll(/\b(?:paras?|arts?)\s+(\d+(?:[–-]\d+)?(?:,\s*\d+(?:[–-]\d+)?)*)/g)].flatMap((match) =>
    match[1]!.split(/,\s*/).map((pinpoint) => pinpoint.split(/[–-]/)[0]!),
  );
}

/** What is wrong with a style's memorial, compared with the same memorial in the built-in OSCOLA. */
function problems(memorial: Memorial, own: Memorial): string[] {
  const found: string[] = [];
  if (memorial.notes.length !== own.notes.length)
    found.push(`${memorial.notes.length} footnotes, not ${own.notes.length}`);
  memorial.notes.forEach((note, index) => {
    const number = index + 1;
    if (note === undefined || !/[\p{L}\p{N}]/u.test(note.replace(/\b(See|see|Cf|cf)\b/g, '')))
      found.push(`note ${number} is empty: "${note}"`);
    else if (note.includes('CSL STYLE ERROR')) found.push(`note ${number}: ${note}`);
    else if (/\bundefined\b|\bNaN\b|§ annex|\(\)|See \.|^\s*[,.;]/.test(note)) found.push(`note ${number}: ${note}`);
    else {
      // "Ibid" alone is right where the note before cites the same pinpoint; the built-in style repeats it.
      const ibidOfSame = /^\W*(\S+\s)?\*?(ibid(em)?|id)\.?\*?\.?$/i.test(note.trim()) && index > 0;
      const before = ibidOfSame ? pinpoints(own.notes[index - 1] ?? '') : [];
      const lost = pinpoints(own.notes[index] ?? '').filter(
        (pinpoint) => !new RegExp(`\\b${pinpoint}\\b`).test(note) && !before.includes(pinpoint),
      );
      if (lost.length > 0) found.push(`note ${number} lost pinpoint ${lost.join(', ')}: ${note}`);
    }
  });
  memorial.index.forEach((entry, index) => {
    if (!/[\p{L}\p{N}]/u.test(entry)) found.push(`index entry ${index + 1} is empty`);
    else if (/CSL STYLE ERROR|\bundefined\b|§ annex/.test(entry)) found.push(`index entry ${index + 1}: ${entry}`);
  });
  return found;
}

const LEGAL_FIRST = [
  'oscola',
  'oscola-no-ibid',
  'bluebook-law-review',
  'bluebook-inline',
  'bluebook2',
  'mcgill-en',
  'mcgill-fr',
  'australian-guide-to-legal-citation',
  'new-harts-rules-notes',
  'modern-humanities-research-association',
  'mhra-notes',
  'chicago-notes-bibliography',
  'chicago-fullnote-bibliography',
  'chicago-author-date',
  'apa',
  'harvard-cite-them-right',
  'modern-language-association',
  'ieee',
  'vancouver',
  'american-political-science-association',
];

/** The independent styles to try from a checkout of the CSL styles repository: the legal ones first. */
function mirrorStyles(folder: string): string[] {
  const chosen = process.env.CSL_STYLES?.split(',').filter(Boolean);
  if (chosen) return chosen.map((name) => join(folder, `${name.replace(/\.csl$/, '')}.csl`));
  const all = readdirSync(folder)
    .filter((name) => name.endsWith('.csl'))
    .map((name) => name.replace(/\.csl$/, ''));
  const legal = all.filter((name) => /law|legal|oscola|bluebook|mcgill|juris|court|aglc|harts/i.test(name));
  const ordered = [...new Set([...LEGAL_FIRST.filter((name) => all.includes(name)), ...legal, ...all])];
  return ordered.slice(0, Number(process.env.CSL_STYLES_LIMIT ?? 60)).map((name) => join(folder, `${name}.csl`));
}

describe.skipIf(!existsSync(CORPUS))('the sample memorial in the CSL styles of ../shared/corpora/csl', () => {
  let temp: TempService;
  let own: Memorial;

  async function memorial(style: string, parent?: string) {
    const result = await temp.api['export-document']({
      format: 'md',
      layout: 'memorial',
      date: '2026-03-01',
      cslStyle: style,
      ...(parent === undefined ? {} : { cslParentStyle: parent }),
    });
    return { ...readMemorial(result.text!), title: result.citationStyle };
  }

  beforeAll(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    const result = await temp.api['export-document']({ format: 'md', layout: 'memorial', date: '2026-03-01' });
    own = readMemorial(result.text!);
  }, 600_000);
  afterAll(() => temp.dispose());

  it('reads the built-in OSCOLA memorial it compares against', () => {
    expect(own.notes.length).toBeGreaterThan(200);
    expect(own.notes.filter((note) => pinpoints(note).length > 0).length).toBeGreaterThan(100);
    expect(own.index.length).toBeGreaterThan(50);
  });

  const independent = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter(
        (name) => name.endsWith('.csl') && /<citation\b/.test(readFileSync(join(CORPUS, name), 'utf8')),
      )
    : [];

  it.each(independent)(
    '%s writes every footnote and index entry, keeping the pinpoints',
    async (name) => {
      const written = await memorial(readFileSync(join(CORPUS, name), 'utf8'));
      expect(problems(written, own)).toEqual([]);
      expect(written.notes.length).toBe(own.notes.length);
      expect(written.index.length).toBe(own.index.length);
    },
    600_000,
  );

  it('names the parent of a dependent style, and refuses it without its parent, changing nothing', async () => {
    const dependent = readdirSync(CORPUS).find((name) => name.startsWith('dep-'))!;
    await expect(memorial(readFileSync(join(CORPUS, dependent), 'utf8'))).rejects.toThrow(
      /^Australian Business Law Review is a dependent CSL style: .* its parent, http:\/\/www\.zotero\.org\/styles\/thomson-reuters-legal-tax-and-accounting-australia\. Put the parent style \(thomson-reuters-legal-tax-and-accounting-australia\.csl\) beside it/,
    );
    await expect(
      memorial(readFileSync(join(CORPUS, dependent), 'utf8'), readFileSync(join(CORPUS, 'apa.csl'), 'utf8')),
    ).rejects.toThrow(/dependent style of .*thomson-reuters.*, but the parent style given is .*apa/);
  });

  it.skipIf(MIRROR === undefined)(
    'in many more styles from the CSL styles repository (CSL_STYLES_DIR)',
    async () => {
      const tried: string[] = [];
      const failures: string[] = [];
      for (const path of mirrorStyles(MIRROR!)) {
        if (!existsSync(path)) continue;
        const name = path.split('/').pop()!;
        tried.push(name);
        try {
          const started = performance.now();
          const written = await memorial(readFileSync(path, 'utf8'));
          const found = problems(written, own);
          const took = Math.round(performance.now() - started);
          console.log(`${name}: ${written.notes.length} footnotes, ${found.length} problems, ${took} ms`);
          if (found.length > 0)
            failures.push(`${name}: ${found.length} problems, e.g. ${found.slice(0, 3).join(' | ')}`);
        } catch (error) {
          console.log(`${name}: refused`);
          failures.push(`${name}: refused: ${(error as Error).message}`);
        }
      }
      console.log(
        `CSL styles from ${MIRROR}: ${tried.length} tried, ${tried.length - failures.length} clean\n${failures.join('\n')}`,
      );
      expect(tried.length).toBeGreaterThan(0);
    },
    3_600_000,
  );
});

describe.skipIf(existsSync(CORPUS))('the CSL style corpus', () => {
  it('is absent: ../shared/corpora/csl is not beside this checkout, so its styles were not tried', () => {
    console.warn(`Skipped: ${CORPUS} is absent.`);
  });
});
