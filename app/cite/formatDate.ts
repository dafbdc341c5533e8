import type { CitationStyle } from '../model/types';

/** The months' names in English, written out (Intl's date formats are slow to load in a fresh process). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BLUEBOOK_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** A CSL date read into its parts; `literal` holds text that could not be read as numbers; a year below 1 is BC. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  literal?: string;
}

/** A CSL date as written: one date or a range (`end`, absent for one date, `null` for an open end), and circa. */
interface ReadDate {
  start: DateParts;
  end?: DateParts | null;
  circa: boolean;
}

function toInteger(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(number) ? number : undefined;
}

/** Date parts from numbers; CSL-JSON writes years BC as negative numbers (-44 is 44 BC), and 0 as no year. */
function fromNumbers(year: unknown, month: unknown, day: unknown): DateParts | null {
  const parts: DateParts = {};
  const yearNumber = toInteger(year);
  if (yearNumber === undefined || yearNumber === 0) return null;
  parts.year = yearNumber;
  const monthNumber = toInteger(month);
  if (monthNumber !== undefined && monthNumber >= 1 && monthNumber <= 12) {
    parts.month = monthNumber;
    const dayNumber = toInteger(day);
    if (dayNumber !== undefined && dayNumber >= 1 && dayNumber <= 31) parts.day = dayNumber;
  }
  return parts;
}

function fromText(text: string): DateParts | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(trimmed);
  if (iso) return fromNumbers(iso[1], iso[2], iso[3]);
  return { literal: trimmed };
}

function isCirca(record: Record<string, unknown>): boolean {
  return record.circa === true || record.circa === 1 || record.circa === 'true' || record.circa === '1';
}

function readFullDate(date: unknown): ReadDate | null {
  if (typeof date === 'string') {
    const start = fromText(date);
    return start ? { start, circa: false } : null;
  }
  if (typeof date !== 'object' || date === null) return null;
  const record = date as Record<string, unknown>;
  const circa = isCirca(record);
  const dateParts = record['date-parts'];
  if (Array.isArray(dateParts) && Array.isArray(dateParts[0])) {
    const [year, month, day] = dateParts[0] as unknown[];
    const start = fromNumbers(year, month, day);
    if (start) {
      if (!Array.isArray(dateParts[1])) return { start, circa };
      const [endYear, endMonth, endDay] = dateParts[1] as unknown[];
      const end = fromNumbers(endYear, endMonth, endDay);
      const same = end !== null && end.year === start.year && end.month === start.month && end.day === start.day;
      return same ? { start, circa } : { start, end, circa };
    }
  }
  for (const field of ['literal', 'raw']) {
    const value = record[field];
    if (typeof value === 'string') {
      const start = fromText(value);
      if (start) return { start, circa };
    }
  }
  return null;
}

/** Reads a CSL date (`date-parts`, else `literal`, else `raw`): its start, for a range; null when there is none. */
export function readDate(date: unknown): DateParts | null {
  return readFullDate(date)?.start ?? null;
}

/** A year as the style writes it: "1971", or "44 BC" (Bluebook "44 B.C.") for a negative year. */
function writeYear(year: number, style: CitationStyle): string {
  if (year > 0) return String(year);
  return `${-year} ${style === 'bluebook' ? 'B.C.' : 'BC'}`;
}

function writeDate(parts: DateParts, style: CitationStyle): string {
  if (parts.literal !== undefined) return parts.literal;
  const year = writeYear(parts.year!, style);
  if (parts.month === undefined) return year;
  if (style === 'bluebook') {
    const month = BLUEBOOK_MONTHS[parts.month - 1] ?? '';
    return parts.day === undefined ? `${month} ${year}` : `${month} ${parts.day}, ${year}`;
  }
  const month = MONTHS[parts.month - 1] ?? '';
  return parts.day === undefined ? `${month} ${year}` : `${parts.day} ${month} ${year}`;
}

/** "c 1850" in OSCOLA, "ca. 1850" in Bluebook, for a date known only roughly. */
function withCirca(text: string, circa: boolean, style: CitationStyle): string {
  if (!circa || text === '') return text;
  return `${style === 'bluebook' ? 'ca.' : 'c'} ${text}`;
}

/** Two ends of a range: years joined by an en dash ("1999–2001", "100–44 BC"), fuller dates by a spaced one. */
function writeRange(start: string, end: string | null): string {
  if (end === null) return `${start}–`;
  const bc = / (BC|B\.C\.)$/;
  const startBc = bc.exec(start)?.[0];
  if (startBc && end.endsWith(startBc) && !start.slice(0, -startBc.length).includes(' ')) {
    return `${start.slice(0, -startBc.length)}–${end}`;
  }
  return start.includes(' ') || end.includes(' ') ? `${start} – ${end}` : `${start}–${end}`;
}

/**
 * A date as the style writes it: OSCOLA "14 October 2006", Bluebook "Oct. 14, 2006"; a range with both ends
 * ("25 May 2011 – 26 June 2012", open "2014–"), circa ("c 1850", "ca. 1850") and years BC ("44 BC"); '' when absent.
 */
export function formatDate(date: unknown, style: CitationStyle): string {
  const read = readFullDate(date);
  if (!read) return '';
  const start = writeDate(read.start, style);
  const text =
    read.end === undefined ? start : writeRange(start, read.end === null ? null : writeDate(read.end, style));
  return withCirca(text, read.circa, style);
}

/** The year of a date ("1971", "1999–2001", "c 1850", "44 BC"), also found inside literal dates; '' when absent. */
export function formatYear(date: unknown, style: CitationStyle = 'oscola'): string {
  const read = readFullDate(date);
  if (!read) return '';
  const { start, end } = read;
  if (start.year === undefined) return /\b(\d{4})\b/.exec(start.literal ?? '')?.[1] ?? '';
  const first = writeYear(start.year, style);
  const last = end === undefined || end?.year === start.year ? undefined : end === null ? null : end.year;
  const text = last === undefined ? first : writeRange(first, last === null ? null : writeYear(last, style));
  return withCirca(text, read.circa, style);
}
/** Bluebook month and day without the year ("June 21"), as ICJ citations give them; '' unless both are known. */
export function formatMonthDay(date: unknown): string {
  const parts = readDate(date);
  if (parts?.month === undefined || parts.day === undefined) return '';
  return `${BLUEBOOK_MONTHS[parts.month - 1] ?? ''} ${parts.day}`;
}
