import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { invalidInput } from '../model/errors';
import type { SkippedRecord } from './readCslItems';

/** An entry as citation-js parses BibTeX: its type, citation key and fields (LaTeX already turned to text). */
export interface RawBibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string | undefined>;
  /** BibLaTeX data annotations (`author+an:role = {1=host}`), by field. */
  annotations?: Record<string, unknown>;
}

/** One entry of a BibTeX file, numbered from 1 among the file's entries, with the line it starts on. */
export interface BibtexEntry {
  number: number;
  line: number;
  label: string;
  entry: RawBibtexEntry;
}

const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*[{(]/;
const NOT_ENTRIES = new Set(['string', 'preamble', 'comment']);
/** The stand-in key of an entry written without one; the item's key is then made from its author or title. */
export const KEYLESS = 'casewright-entry-without-key';

/**
 * Reads the entries of a BibTeX/BibLaTeX file. The file is parsed whole; when that fails (an
 * unclosed brace, a stray character), each entry is parsed alone, with the file's `@string`
 * definitions, and those that still fail are skipped with their line and the parser's reason.
 * Refuses only a file with no entry at all.
 */
export function readBibtexEntries(text: string): {
  entries: BibtexEntry[];
  skipped: SkippedRecord[];
  warnings: string[];
} {
  const chunks = entryChunks(withoutCommentLines(text));
  const entryChunksOnly = chunks.filter((chunk) => !NOT_ENTRIES.has(chunk.type));
  if (entryChunksOnly.length === 0) {
    throw invalidInput('BibTeX: the file has no entries (an entry looks like @book{key, title = {…}}).');
  }
  try {
    const parsed = withCrossReferences(parse(withoutCommentLines(text)));
    return { entries: numbered(parsed, entryChunksOnly), skipped: [], warnings: [] };
  } catch {
    // read entry by entry below
  }
  const strings = chunks
    .filter((chunk) => chunk.type === 'string')
    .map((chunk) => chunk.text)
    .filter((definition) => {
      try {
        parse(definition);
        return true;
      } catch {
        return false;
      }
    })
    .join('\n');
  const prefixLines = strings === '' ? 0 : strings.split('\n').length;
  const entries: BibtexEntry[] = [];
  const skipped: SkippedRecord[] = [];
  entryChunksOnly.forEach((chunk, index) => {
    const number = index + 1;
    const label = /^[^{(]*[{(]\s*([^,\s]*)/.exec(chunk.text)?.[1] ?? '';
    const where = `entry ${number} (${label ? `${label}, ` : ''}line ${chunk.line})`;
    // An entry without a key (`@misc{,`), as Mendeley writes, is read with a stand-in key that is not kept.
    const keyless = /^[^{(]*[{(]\s*(?:,|[^,\s=]+\s*=)/.test(chunk.text);
    const text = keyless ? chunk.text.replace(/^([^{(]*[{(])\s*,?/, `$1${KEYLESS},`) : chunk.text;
    try {
      const [entry] = parseLeniently(strings === '' ? text : `${strings}\n${text}`);
      if (!entry) throw new Error('the entry could not be read');
      entries.push({ number, line: chunk.line, label: keyless ? '' : entry.label, entry });
    } catch (error) {
      const message = String((error as Error)?.message ?? error)
        .split('\n')[0]!
        .replace(/:$/, '')
        .replace(
          /\bline (\d+)/,
          (_, line: string) => `line ${Math.max(chunk.line, Number(line) - prefixLines + chunk.line - 1)}`,
        );
      skipped.push({ number, where, reason: message });
    }
  });
  const inherited = withCrossReferences(entries.map((read) => read.entry));
  return { entries: entries.map((read, index) => ({ ...read, entry: inherited[index]! })), skipped, warnings: [] };
}

/**
 * The text with its comment lines (a `%` first on a line outside any entry, as biber and Better BibTeX read
 * them) blanked, so that an entry commented out as `%@article{…` is not read; lines keep their numbers.
 */
function withoutCommentLines(text: string): string {
  let depth = 0;
  return text
    .split(/(\r\n?|\n)/)
    .map((line, index) => {
      if (index % 2 === 1) return line;
      if (depth <= 0 && /^[ \t]*%/.test(line)) return '';
      for (const brace of line.replace(/\\./g, '').matchAll(/[{}]/g)) depth += brace[0] === '{' ? 1 : -1;
      if (depth < 0) depth = 0;
      return line;
    })
    .join('');
}

/**
 * Entries with a `crossref` to another entry of the file take the fields they lack from it, as BibTeX and
 * biber do; the parent's title is the book title of an entry in a book or proceedings.
 */
function withCrossReferences(entries: RawBibtexEntry[]): RawBibtexEntry[] {
  const byLabel = new Map(entries.map((entry) => [entry.label.toLowerCase(), entry]));
  return entries.map((entry) => {
    const parent = entry.properties.crossref && byLabel.get(entry.properties.crossref.trim().toLowerCase());
    if (!parent || parent === entry) return entry;
    const properties = { ...entry.properties };
    for (const [field, value] of Object.entries(parent.properties)) {
      const target = field === 'title' && /^in/i.test(entry.type) ? 'booktitle' : field;
      if (properties[target] === undefined && value !== undefined) properties[target] = value;
    }
    delete properties.crossref;
    return { ...entry, properties };
  });
}

/**
 * Parses an entry; failing that, parses it again without empty fields (`title = {…}, , number = …`), then
 * with the braces of each field closed where a field opens more than it closes (`{Taylor {{\&} Francis}`).
 */
function parseLeniently(text: string): RawBibtexEntry[] {
  try {
    return parse(text);
  } catch (error) {
    const cleaned = text.replace(/,(\s*,)+(?=\s*[A-Za-z][\w-]*\s*=)/g, ',');
    for (const attempt of [cleaned, balancedFields(cleaned)]) {
      if (attempt === text) continue;
      try {
        return parse(attempt);
      } catch {
        // the next attempt, or the first error
      }
    }
    throw error;
  }
}

/** An entry with each field (a line starting `name =`, up to the next such line) given the closing braces it lacks. */
function balancedFields(entry: string): string {
  const fields = entry.split(/\n(?=[ \t]*[A-Za-z][\w:+-]*[ \t]*=)/);
  return fields
    .map((field, index) => {
      if (index === 0) return field;
      const open = [...field.replace(/\\./g, '').matchAll(/[{}]/g)].reduce(
        (depth, brace) => depth + (brace[0] === '{' ? 1 : -1),
        0,
      );
      const lacking = index === fields.length - 1 ? open + 1 : open;
      if (lacking <= 0) return field;
      const closing = '}'.repeat(lacking);
      return index === fields.length - 1
        ? field.replace(/\}\s*$/, `${closing}}`)
        : field.replace(/(,?\s*)$/, `${closing}$1`);
    })
    .join('\n');
}

function parse(text: string): RawBibtexEntry[] {
  const entries = plugins.input.chain(text, {
    forceType: '@biblatex/text',
    target: '@biblatex/entries+list',
    generateGraph: false,
  });
  return Array.isArray(entries) ? (entries as RawBibtexEntry[]) : [];
}

/** The file cut where a line starts with `@type{` or `@type(`, with each piece's type and first line. */
function entryChunks(text: string): { type: string; line: number; text: string }[] {
  const chunks: { type: string; line: number; text: string }[] = [];
  const lines = text.split(/\r\n?|\n/);
  lines.forEach((line, index) => {
    const start = ENTRY_START.exec(line);
    if (start) chunks.push({ type: start[1]!.toLowerCase(), line: index + 1, text: line });
    else if (chunks.length > 0) chunks[chunks.length - 1]!.text += `\n${line}`;
  });
  return chunks;
}

/** Numbers the parsed entries in file order, finding each one's line by its key. */
function numbered(parsed: RawBibtexEntry[], chunks: { line: number; text: string }[]): BibtexEntry[] {
  let from = 0;
  return parsed.map((entry, index) => {
    const at = chunks.findIndex(
      (chunk, position) =>
        position >= from && new RegExp(`^[^{(]*[{(]\\s*${escapeRegExp(entry.label)}\\s*,`).test(chunk.text),
    );
    if (at >= 0) from = at + 1;
    return { number: index + 1, line: at >= 0 ? chunks[at]!.line : 0, label: entry.label, entry };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
