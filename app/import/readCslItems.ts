import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { invalidInput } from '../model/errors';
import { checkRisRecords } from './checkRisRecords';

export const SOURCE_FORMATS = ['csl', 'bibtex', 'ris'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The name of each format in messages. */
export const SOURCE_FORMAT_NAMES: Record<SourceFormat, string> = { csl: 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS' };

/** Bibliographic items read from a Zotero export, as CSL-JSON objects, with where each came from. */
export interface CslEntry {
  item: Record<string, unknown>;
  where: string;
}

/**
 * Reads the items of a CSL-JSON array (or one item), a BibTeX/BibLaTeX file or a RIS file; BibTeX
 * and RIS are converted to CSL-JSON by citation-js. A file that cannot be read is an error saying
 * where (JSON index, or line).
 */
export function readCslItems(format: SourceFormat, text: string): CslEntry[] {
  if (format === 'csl') return readCslJson(text);
  const name = SOURCE_FORMAT_NAMES[format];
  let expected: number | undefined;
  if (format === 'ris') expected = checkRisRecords(text);
  else if (!/@\s*[A-Za-z]+\s*[{(]/.test(text)) {
    throw invalidInput('BibTeX: the file has no entries (an entry looks like @book{key, title = {…}}).');
  }
  let items: unknown;
  try {
    items = plugins.input.chain(text.replace(/^\uFEFF/, ''), {
      forceType: format === 'ris' ? '@ris/file' : '@biblatex/text',
      target: '@csl/list+object',
      generateGraph: false,
    });
  } catch (error) {
    const message = String((error as Error)?.message ?? error)
      .split('\n')[0]!
      .replace(/:$/, '');
    const line = /\bline (\d+)/.exec(message)?.[1];
    throw invalidInput(`${name}: ${message}`, line ? `line ${line}` : undefined);
  }
  if (!Array.isArray(items) || items.length === 0) {
    throw invalidInput(`${name}: the file has no entries that could be read.`);
  }
  if (expected !== undefined && items.length !== expected) {
    throw invalidInput(`${name}: ${expected} records were found but ${items.length} could be read.`);
  }
  return items.map((item, index) => {
    const label = format === 'ris' ? `record ${index + 1}` : `entry ${index + 1}`;
    if (!isObject(item)) throw invalidInput(`${name}: ${label} could not be read.`);
    const key = typeof item.id === 'string' ? ` (${item.id})` : '';
    return { item, where: `${label}${key}` };
  });
}

function readCslJson(text: string): CslEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw invalidInput(`CSL-JSON is not valid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.items) ? value.items : [value];
  const prefix = Array.isArray(value) ? '' : isObject(value) && Array.isArray(value.items) ? 'items' : '';
  if (items.length === 0) throw invalidInput('CSL-JSON: the file has no items.');
  return items.map((item: unknown, index: number) => {
    const where = Array.isArray(value) || prefix ? `${prefix}[${index}]` : '(top level)';
    if (!isObject(item)) {
      throw invalidInput(`CSL-JSON: ${where}: expected an object (a CSL item), not ${describe(item)}`, where);
    }
    return { item, where };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
