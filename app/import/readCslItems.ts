import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { invalidInput } from '../model/errors';
import { type BibtexEntry, KEYLESS, type RawBibtexEntry, readBibtexEntries } from './readBibtexEntries';
import { readRisRecords } from './readRisRecords';
import { risToCsl } from './risToCsl';
import type { SourceFormat } from './sourceFormats';

/** Bibliographic items read from a Zotero export, as CSL-JSON objects, with where each came from. */
export interface CslEntry {
  item: Record<string, unknown>;
  /** The record's number in the file, from 1. */
  number: number;
  where: string;
}

/** A record of a library that could not be read: its number in the file (from 1), where it is and why. */
export interface SkippedRecord {
  number: number;
  where: string;
  reason: string;
}

/** What a library yielded: the items read, the records skipped, and what was odd about its layout. */
export interface CslItems {
  entries: CslEntry[];
  skipped: SkippedRecord[];
  warnings: string[];
}

/**
 * Reads the items of a CSL-JSON array (or one item), a BibTeX/BibLaTeX file or a RIS file; BibTeX
 * entries (through citation-js, with the legal fields Better BibTeX keeps) and RIS records (as
 * Zotero reads them) are converted to CSL-JSON one by one, so that a record that cannot be read is skipped, with its number and the
 * reason, rather than refusing the library. Only a file that cannot be read as its format at all is
 * an error.
 */
export function readCslItems(format: SourceFormat, text: string): CslItems {
  const body = text.replace(/^\uFEFF/, '');
  if (format === 'csl') return readCslJson(body);
  if (format === 'ris') {
    const { records, warnings } = readRisRecords(body);
    const result: CslItems = { entries: [], skipped: [], warnings };
    for (const record of records) {
      const where = `record ${record.number} (line ${record.line})`;
      try {
        result.entries.push({ item: risToCsl(record), number: record.number, where });
      } catch (error) {
        result.skipped.push({ number: record.number, where, reason: firstLine(error) });
      }
    }
    return result;
  }
  const { entries, skipped, warnings } = readBibtexEntries(body);
  const result: CslItems = { entries: [], skipped, warnings };
  for (const entry of entries) {
    const where = `entry ${entry.number} (${[entry.label, entry.line > 0 ? `line ${entry.line}` : ''].filter(Boolean).join(', ')})`;
    try {
      result.entries.push({ item: bibtexItem(entry), number: entry.number, where });
    } catch (error) {
      const annotated = Object.keys(entry.entry.annotations ?? {});
      if (annotated.length > 0) {
        try {
          const item = bibtexItem({ ...entry, entry: { ...entry.entry, annotations: {} } });
          result.entries.push({ item, number: entry.number, where });
          const named = annotated.map((field) => `"${field}"`).join(', ');
          result.warnings.push(`BibTeX: ${where}: the data annotations of ${named} cannot be read and are left out.`);
          continue;
        } catch {
          // read field by field below
        }
      }
      const fields = unreadableFields(entry.entry);
      const reason = firstLine(error).replace(/\s+at line \d+ col \d+$/, '');
      const rest = Object.fromEntries(
        Object.entries(entry.entry.properties).filter(([field]) => !fields.includes(field)),
      );
      try {
        if (fields.length === 0) throw error;
        const item = bibtexItem({ ...entry, entry: { ...entry.entry, properties: rest } });
        result.entries.push({ item, number: entry.number, where });
        const named = fields.map((field) => `"${field}"`).join(', ');
        result.warnings.push(`BibTeX: ${where}: the value of ${named} cannot be read (${reason}) and is left out.`);
      } catch {
        const named = fields.length > 0 ? `the value of "${fields[0]}" cannot be read (${reason})` : reason;
        result.skipped.push({ number: entry.number, where, reason: named });
      }
    }
  }
  result.skipped.sort((left, right) => left.number - right.number);
  return result;
}

/** The first line of an error's message, without a trailing colon. */
export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .replace(/:$/, '')
    .trim();
}

function convert(input: unknown, forceType: string): Record<string, unknown> {
  const items = plugins.input.chain(input, { forceType, target: '@csl/list+object', generateGraph: false });
  const item = Array.isArray(items) ? items[0] : undefined;
  if (!isObject(item)) throw new Error('the record could not be converted to a citation');
  return item;
}

/**
 * One BibTeX/BibLaTeX entry as CSL-JSON, keeping the legal fields Better BibTeX writes and
 * citation-js drops: for `@jurisdiction` (a case) the reporter in `journaltitle`, the number and the
 * court in `institution`; for `@legislation` the code or gazette in `journaltitle` and the number.
 */
function bibtexItem(entry: BibtexEntry): Record<string, unknown> {
  const item = convertWithDate(entry.entry);
  if (entry.entry.label === KEYLESS) {
    delete item.id;
    delete item['citation-key'];
  }
  const type = entry.entry.type.toLowerCase();
  if (type === 'jurisdiction' || type === 'legislation') {
    const fields = entry.entry.properties;
    const reporter = fields.journaltitle ?? fields.journal;
    if (reporter && item['container-title'] === undefined) item['container-title'] = reporter;
    if (fields.number && item.number === undefined) item.number = fields.number;
    if (type === 'jurisdiction' && fields.institution && item.authority === undefined) {
      item.authority = fields.institution;
      if (item.publisher === fields.institution) delete item.publisher;
    }
  }
  return item;
}

/** The fields of an entry whose values citation-js cannot read (LaTeX it does not parse). */
function unreadableFields(entry: RawBibtexEntry): string[] {
  return Object.entries(entry.properties).flatMap(([field, value]) => {
    try {
      convert([{ ...entry, properties: { [field]: value } }], '@biblatex/entries+list');
      return [];
    } catch {
      return [field];
    }
  });
}

/**
 * Converts an entry; when citation-js cannot read its date (an EDTF form it does not know), the
 * entry is converted without it and the date kept as written.
 */
function convertWithDate(entry: RawBibtexEntry): Record<string, unknown> {
  try {
    return convert([entry], '@biblatex/entries+list');
  } catch (error) {
    const { date, year, month, day, ...rest } = entry.properties;
    const written = date ?? [year, month, day].filter(Boolean).join('-');
    if (!written) throw error;
    const item = convert([{ ...entry, properties: rest }], '@biblatex/entries+list');
    item.issued = { raw: written };
    return item;
  }
}

function readCslJson(text: string): CslItems {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`CSL-JSON is not valid JSON: ${(error as Error).message}`);
  }
  const listed = Array.isArray(value) || (isObject(value) && Array.isArray(value.items));
  const items: unknown[] = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.items)
      ? value.items
      : [value];
  const prefix = Array.isArray(value) ? '' : 'items';
  if (items.length === 0) throw invalidInput('CSL-JSON: the file has no items.');
  const result: CslItems = { entries: [], skipped: [], warnings: [] };
  items.forEach((item, index) => {
    const where = listed ? `${prefix}[${index}]` : '(top level)';
    if (isObject(item)) result.entries.push({ item, number: index + 1, where });
    else
      result.skipped.push({
        number: index + 1,
        where,
        reason: `expected an object (a CSL item), not ${describe(item)}`,
      });
  });
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
