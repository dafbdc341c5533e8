import { AUTHORITY_KEY_MAX_LENGTH } from '../model/authorityKey';
import type { AuthorityType, CslItem, CslName } from '../model/types';

/** A key proposed for a new authority, and how it was made, in words the form shows under the key. */
export interface ProposedKey {
  key: string;
  reason: string;
}

/** Words a key never starts with or takes an initial from. */
const MINOR = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'case',
  'concerning',
  'for',
  'in',
  'of',
  'on',
  'or',
  're',
  'the',
  'to',
  'v',
  'with',
]);

const PROPOSED_LENGTH = 40;

/**
 * Proposes a short, memorable key for an authority from what the form holds, the way lawyers name their sources:
 * a UN document by its symbol (`sres1718`), a treaty or statute by its initials and year (`vclt1969`,
 * `hra1998`), a case by the first words of its name and its year (`pulpmills2010`), a book or article by its
 * first author and year (`crawford2019`). A letter is added when the key is taken (`crawford2019b`). Empty when
 * there is nothing to make a key from.
 */
export function proposeKey(type: AuthorityType, csl: CslItem, taken: ReadonlySet<string>): ProposedKey {
  const made = makeKey(type, csl);
  if (made.key === '') return made;
  const base = made.key.slice(0, PROPOSED_LENGTH);
  if (!taken.has(base)) return { key: base, reason: made.reason };
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') {
    if (!taken.has(base + letter))
      return { key: base + letter, reason: `${made.reason}, with a letter added (“${base}” is taken)` };
  }
  for (let number = 2; number < 10_000; number++) {
    const key = `${base}-${number}`.slice(0, AUTHORITY_KEY_MAX_LENGTH);
    if (!taken.has(key)) return { key, reason: `${made.reason}, with a number added (“${base}” is taken)` };
  }
  return { key: '', reason: '' };
}

function makeKey(type: AuthorityType, csl: CslItem): ProposedKey {
  const title = text(csl.title);
  const year = yearOf(csl);
  const withYear = (stem: string, reason: string): ProposedKey =>
    stem === ''
      ? { key: '', reason: '' }
      : { key: stem + year, reason: year === '' ? reason : `${reason} and its year` };
  switch (type) {
    case 'un_document': {
      const symbol = plain(
        text(csl.number)
          .replace(/^UN Doc\s*/i, '')
          .replace(/\s*\(.*$/, ''),
      );
      if (symbol !== '') return { key: symbol, reason: 'Made from the document symbol' };
      return withYear(plain(text(csl.authority)) + firstWords(title), 'Made from the organ, the title');
    }
    case 'treaty':
    case 'legislation': {
      const name = title.replace(/\s*\(.*$/, '').replace(/\b\d{4}\b/g, '');
      const letters = initials(name);
      if (letters.length >= 3) return withYear(letters, 'Made from the initials of the title');
      return withYear(firstWords(name), 'Made from the first words of the title');
    }
    case 'case': {
      const name = title.split(/\s+\(|\s+v\.?\s+/)[0] ?? '';
      return withYear(firstWords(name), 'Made from the first words of the case name');
    }
    default: {
      const author = firstAuthor(csl.author) || firstAuthor(csl.editor);
      if (author !== '') return withYear(author, 'Made from the first author’s name');
      return withYear(firstWords(title), 'Made from the first words of the title');
    }
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Lower-case ASCII letters and digits only: accents dropped, everything else removed. */
function plain(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function words(value: string): string[] {
  return value
    .split(/[^\p{L}\p{N}’']+/u)
    .map((word) => word.replace(/[’']s?$/, ''))
    .filter((word) => word !== '' && !MINOR.has(word.toLowerCase()));
}

function firstWords(value: string): string {
  return plain(words(value).slice(0, 2).join(''));
}

function initials(value: string): string {
  return plain(
    words(value)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join(''),
  );
}

function firstAuthor(names: CslName[] | undefined): string {
  const first = names?.[0];
  if (!first) return '';
  if (first.family) return plain(first.family);
  return firstWords(text(first.literal));
}

function yearOf(csl: CslItem): string {
  const part = csl.issued?.['date-parts']?.[0]?.[0];
  if (part !== undefined && /^\d{4}$/.test(String(part))) return String(part);
  return /\b(\d{4})\b/.exec(text(csl.issued?.literal) || text(csl.issued?.raw))?.[1] ?? '';
}
