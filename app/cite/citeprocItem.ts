import type { AuthorityType } from '../model/types';
import type { CitableAuthority } from './citableAuthority';

/** The CSL type an authority reads as when its CSL-JSON names none (or one citeproc does not know). */
const CSL_TYPES: Record<AuthorityType, string> = {
  treaty: 'treaty',
  un_document: 'document',
  case: 'legal_case',
  legislation: 'legislation',
  book: 'book',
  article: 'article-journal',
  report: 'report',
  webpage: 'webpage',
  other: 'document',
};

/** CSL 1.0.2 item types; anything else (Casewright's own "un_document", "case") is mapped from the authority type. */
const KNOWN_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
]);

const NAME_FIELDS = new Set([
  'author',
  'editor',
  'translator',
  'container-author',
  'collection-editor',
  'composer',
  'director',
  'interviewer',
  'recipient',
  'reviewed-author',
  'editorial-director',
  'illustrator',
  'original-author',
]);

const DATE_FIELDS = new Set(['issued', 'accessed', 'event-date', 'original-date', 'submitted', 'available-date']);

type CslName = { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string; suffix?: string };

function cleanName(value: unknown): CslName | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name: CslName = {};
  for (const part of ['family', 'given', 'literal', 'non-dropping-particle', 'suffix'] as const) {
    const text = (value as Record<string, unknown>)[part];
    if (typeof text === 'string' && text.trim() !== '') name[part] = text.trim();
  }
  return name.family || name.literal ? name : undefined;
}

function cleanDate(value: unknown): { 'date-parts': number[][] } | { literal: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const parts = record['date-parts'];
  if (Array.isArray(parts)) {
    const clean = parts
      .filter(Array.isArray)
      .slice(0, 2)
      .map((part) => {
        const numbers = (part as unknown[]).slice(0, 3).map((value) => (value === '' ? Number.NaN : Number(value)));
        const invalid = numbers.findIndex((number) => !Number.isInteger(number));
        return invalid === -1 ? numbers : numbers.slice(0, invalid);
      })
      .filter((part) => part.length > 0);
    if (clean.length > 0) return { 'date-parts': clean };
  }
  const literal = record.literal ?? record.raw;
  return typeof literal === 'string' && literal.trim() !== '' ? { literal: literal.trim() } : undefined;
}

/**
 * An authority as an item citeproc-js can format without tripping: its CSL-JSON with names, dates and plain fields
 * kept only where they have the shape CSL gives them, the key as its id, and a type citeproc knows.
 */
export function citeprocItem(authority: CitableAuthority): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(authority.csl)) {
    if (field === 'id' || field === 'type') continue;
    if (NAME_FIELDS.has(field)) {
      const names = Array.isArray(value) ? value.map(cleanName).filter((name) => name !== undefined) : [];
      if (names.length > 0) item[field] = names;
    } else if (DATE_FIELDS.has(field)) {
      const date = cleanDate(value);
      if (date) item[field] = date;
    } else if (typeof value === 'string' && value.trim() !== '') item[field] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) item[field] = String(value);
  }
  const type = authority.csl.type;
  item.type = typeof type === 'string' && KNOWN_TYPES.has(type) ? type : CSL_TYPES[authority.type];
  if (authority.short && item['title-short'] === undefined) item['title-short'] = authority.short;
  if (item.title === undefined) item.title = authority.short || authority.key;
  item.id = authority.key;
  return item;
}
