import type { AuthorityType } from '../model/types';
import type { CitableAuthority } from './citableAuthority';
import { legalCslItem } from './legalCslItem';

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

type CslDate = { 'date-parts': number[][]; circa?: true; season?: number } | { literal: string; circa?: true };

/** A date part as numbers: year, then month and day, cut at the first that is not a whole number. */
function cleanParts(part: unknown): number[] {
  if (!Array.isArray(part)) return [];
  const numbers = part.slice(0, 3).map((value) => (value === '' || value === null ? Number.NaN : Number(value)));
  const invalid = numbers.findIndex((number) => !Number.isInteger(number));
  return invalid === -1 ? numbers : numbers.slice(0, invalid);
}

/**
 * The date parts citeproc-js accepts: one date, or a range whose two ends have the same precision (citeproc throws
 * on "[[2014, 12, 31], [2015]]"); an open-ended range (EDTF "2014-12-31/", an end of [0] or []) keeps its start and
 * an end of zeros, which citeproc prints as "2014–".
 */
function cleanDateParts(parts: unknown[]): number[][] | undefined {
  const start = cleanParts(parts[0]);
  if (start.length === 0 || start[0] === 0) return undefined;
  if (parts.length < 2) return [start];
  const end = cleanParts(parts[1]);
  if (end.length === 0 || end[0] === 0) return [start, start.map(() => 0)];
  const precision = Math.min(start.length, end.length);
  return [start.slice(0, precision), end.slice(0, precision)];
}

function cleanDate(value: unknown): CslDate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const circa = record.circa === true || record.circa === 1 || record.circa === 'true' ? { circa: true as const } : {};
  const parts = Array.isArray(record['date-parts']) ? cleanDateParts(record['date-parts']) : undefined;
  if (parts) {
    const season = Number(record.season);
    return {
      'date-parts': parts,
      ...circa,
      ...(parts[0]!.length === 1 && Number.isInteger(season) && season >= 1 && season <= 4 ? { season } : {}),
    };
  }
  const literal = record.literal ?? record.raw;
  return typeof literal === 'string' && literal.trim() !== '' ? { literal: literal.trim(), ...circa } : undefined;
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
  const legal = legalCslItem(authority, item);
  if (authority.short && legal['title-short'] === undefined) legal['title-short'] = authority.short;
  if (legal.title === undefined) legal.title = authority.short || authority.key;
  legal.id = authority.key;
  return legal;
}
