import type { CitationStyle } from '../model/types';

const MONTHS = [
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

/** A CSL date read into its parts; `literal` holds text that could not be read as numbers. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  literal?: string;
}

function toInteger(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(number) ? number : undefined;
}

function fromNumbers(year: unknown, month: unknown, day: unknown): DateParts | null {
  const parts: DateParts = {};
  const yearNumber = toInteger(year);
  if (yearNumber === undefined || yearNumber <= 0) return null;
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

/** Reads a CSL date (`date-parts`, else `literal`, else `raw`); null when there is none. */
export function readDate(date: unknown): DateParts | null {
  if (typeof date === 'string') return fromText(date);
  if (typeof date !== 'object' || date === null) return null;
  const record = date as Record<string, unknown>;
  const dateParts = record['date-parts'];
  if (Array.isArray(dateParts) && Array.isArray(dateParts[0])) {
    const [year, month, day] = dateParts[0] as unknown[];
    const parts = fromNumbers(year, month, day);
    if (parts) return parts;
  }
  for (const field of ['literal', 'raw']) {
    const value = record[field];
    if (typeof value === 'string') {
      const parts = fromText(value);
      if (parts) return parts;
    }
  }
  return null;
}

/** A date as the style writes it: OSCOLA "14 October 2006", Bluebook "Oct. 14, 2006"; '' when absent. */
export function formatDate(date: unknown, style: CitationStyle): string {
  const parts = readDate(date);
  if (!parts) return '';
  if (parts.literal !== undefined) return parts.literal;
  const year = String(parts.year);
  if (parts.month === undefined) return year;
  if (style === 'bluebook') {
    const month = BLUEBOOK_MONTHS[parts.month - 1] ?? '';
    return parts.day === undefined ? `${month} ${year}` : `${month} ${parts.day}, ${year}`;
  }
  const month = MONTHS[parts.month - 1] ?? '';
  return parts.day === undefined ? `${month} ${year}` : `${parts.day} ${month} ${year}`;
}

/** The year of a date ("1971"), also found inside literal dates; '' when absent. */
export function formatYear(date: unknown): string {
  const parts = readDate(date);
  if (!parts) return '';
  if (parts.year !== undefined) return String(parts.year);
  return /\b(\d{4})\b/.exec(parts.literal ?? '')?.[1] ?? '';
}

/** Bluebook month and day without the year ("June 21"), as ICJ citations give them; '' unless both are known. */
export function formatMonthDay(date: unknown): string {
  const parts = readDate(date);
  if (parts?.month === undefined || parts.day === undefined) return '';
  return `${BLUEBOOK_MONTHS[parts.month - 1] ?? ''} ${parts.day}`;
}
