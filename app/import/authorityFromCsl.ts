import type { AuthorityType } from '../model/types';

const TYPES: Readonly<Record<string, AuthorityType>> = {
  legal_case: 'case',
  treaty: 'treaty',
  legislation: 'legislation',
  bill: 'legislation',
  regulation: 'legislation',
  book: 'book',
  chapter: 'book',
  'article-journal': 'article',
  article: 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  report: 'report',
  webpage: 'webpage',
  'post-weblog': 'webpage',
  post: 'webpage',
};
const NOT_UN_DOCUMENTS = new Set(['case', 'treaty', 'book', 'article']);
const ISSUED_BY_UN = /united nations|\bUNSC\b|\bUNGA\b|\bECOSOC\b|security council|general assembly/i;
const LEGISLATIVE = new Set(['bill', 'legislation', 'regulation', 'document', 'hearing', 'resolution']);
const UN_SYMBOL = /^(?:UN Doc\.?\s+)?[SAE]\/(?:RES\/)?[A-Z0-9]/i;
const TREATY_TITLE =
  /^(?:the\s+)?(?:treaty|convention|charter of the united nations|(?:international\s+)?covenant|protocol|agreement|statute of the international court|vienna convention)\b/i;
const RESOLUTION = /^([SAE])\/RES\/([^\s(]+)\s*(\([IVXLC]+\))?/i;
const ORGANS: Readonly<Record<string, string>> = { S: 'UNSC', A: 'UNGA', E: 'ECOSOC' };
const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'in',
  'and',
  'for',
  'to',
  'case',
  'concerning',
  'application',
]);

/** Text of a CSL field that may be a string or a number; '' otherwise. */
export function cslField(item: Record<string, unknown>, field: string): string {
  const value = item[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Casewright's type for a CSL item: by its CSL type, except that UN resolutions and documents
 * (a symbol such as S/RES/1718 or S/2024/215, or a resolution issued by a UN organ) are UN
 * documents, and instruments titled as treaties (Convention, Treaty, Charter…) are treaties.
 */
export function authorityType(item: Record<string, unknown>): AuthorityType {
  const cslType = cslField(item, 'type');
  const mapped = TYPES[cslType] ?? 'other';
  if (NOT_UN_DOCUMENTS.has(mapped)) return mapped;
  if (UN_SYMBOL.test(cslField(item, 'number'))) return 'un_document';
  if (!LEGISLATIVE.has(cslType)) return mapped;
  if (TREATY_TITLE.test(cslField(item, 'title')) || /treaty/i.test(cslField(item, 'genre'))) return 'treaty';
  const issuer = ['authority', 'publisher', 'container-title'].map((field) => cslField(item, field)).join(' ');
  return ISSUED_BY_UN.test(issuer) ? 'un_document' : mapped;
}

/**
 * The short name used in subsequent references: CSL `title-short`; for a UN resolution its usual
 * form ("UNSC Res 1718"); none for a book, article or report with an author (citations then use
 * the author's name); otherwise the parties of a case or a shortened title (for a record with no
 * title, as Zotero imports some, its journal or series).
 */
export function authorityShort(item: Record<string, unknown>, type: AuthorityType): string {
  const given = cslField(item, 'title-short');
  if (given !== '') return given.slice(0, 500);
  const number = cslField(item, 'number');
  const resolution = RESOLUTION.exec(number);
  if (type === 'un_document' && resolution) {
    return [ORGANS[resolution[1]!.toUpperCase()], 'Res', resolution[2], resolution[3]].filter(Boolean).join(' ');
  }
  if (type === 'un_document' && number !== '') return number.slice(0, 500);
  const authored = ['author', 'editor'].some((field) => Array.isArray(item[field]) && item[field].length > 0);
  if ((type === 'book' || type === 'article' || type === 'report') && authored) return '';
  const title = cslField(item, 'title') || cslField(item, 'container-title') || cslField(item, 'collection-title');
  const parties = type === 'case' ? /\(([^()]+\sv\.?\s[^()]+)\)/.exec(title)?.[1] : undefined;
  return shorten(parties ?? title.split(/:\s/)[0]!);
}

/** A key for the item: its citation key or id made safe, or one built from its author or title and year. */
export function authorityKey(item: Record<string, unknown>): string {
  const given = cslField(item, 'citation-key') || cslField(item, 'id');
  const zoteroId = /:\/\/|^\d+\/[A-Z0-9]{8}$|^[A-Z0-9]{8}$|^-?\d+$/.test(given);
  const safe = zoteroId
    ? ''
    : given
        .replace(/[^A-Za-z0-9_:.\-/]/g, '')
        .replace(/^[^A-Za-z0-9_]+/, '')
        .slice(0, 100);
  return safe !== '' ? safe : derivedKey(item);
}

function derivedKey(item: Record<string, unknown>): string {
  const resolution = RESOLUTION.exec(cslField(item, 'number'));
  if (resolution) return `res${resolution[2]!.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`;
  const names = [item.author, item.editor].find((list) => Array.isArray(list) && list.length > 0) as
    | Record<string, unknown>[]
    | undefined;
  const first = names?.[0];
  const name = first && typeof first === 'object' ? cslField(first, 'family') || cslField(first, 'literal') : '';
  const word =
    name ||
    cslField(item, 'title')
      .split(/\s+/)
      .find((candidate) => !STOP_WORDS.has(candidate.toLowerCase()) && /[\p{L}\p{N}]/u.test(candidate)) ||
    'source';
  const issued = item.issued as { 'date-parts'?: unknown[][] } | undefined;
  const year = Array.isArray(issued?.['date-parts']?.[0]) ? String(issued['date-parts'][0][0] ?? '') : '';
  const base = ascii(word).slice(0, 30) || 'source';
  return `${base}${/^\d{1,4}$/.test(year) ? year : ''}`;
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function shorten(title: string): string {
  const words = title.trim().split(/\s+/);
  let short = '';
  for (const word of words) {
    if (short !== '' && short.length + word.length + 1 > 60) return short;
    short = short === '' ? word : `${short} ${word}`;
  }
  return short.slice(0, 500);
}
