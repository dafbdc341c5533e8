import { invalidInput } from '../model/errors';

/** One record of a RIS file: its number in the file, the line it starts on, its type and its tagged values in order. */
export interface RisRecord {
  number: number;
  line: number;
  type: string;
  fields: RisField[];
}

/** A tag and its value; a value wrapped onto untagged lines is joined with spaces (keywords: one per line). */
export interface RisField {
  tag: string;
  value: string;
}

/** The records of a RIS file and what was odd about its layout (each naming a line). */
export interface RisRecords {
  records: RisRecord[];
  warnings: string[];
}

/** A tag line as the standard has it: two spaces before the dash. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?:\s([\s\S]*)|$)/;
/** A tag line as some tools write it, with one space or none before the dash; used when the file's first record does. */
const LOOSE_TAG_LINE = /^([A-Z][A-Z0-9])\s{0,2}-(?:\s([\s\S]*)|$)/;

/**
 * Splits a RIS file into records from `TY  - TYPE` to `ER  -`, as Zotero reads them: tags with one or
 * two spaces before the dash, long values wrapped onto untagged lines, a record not closed before the
 * next `TY` closed there (with a warning), and stray text between records ignored (with a warning).
 * Refuses only a file in which no record starts.
 */
export function readRisRecords(text: string): RisRecords {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const firstType = lines.find((line) => /^\s*TY\s{0,2}-/.test(line))?.trim();
  const tagLine = firstType === undefined || TAG_LINE.test(firstType) ? TAG_LINE : LOOSE_TAG_LINE;
  const records: RisRecord[] = [];
  const warnings: string[] = [];
  let open: { line: number; type: string; fields: RisField[] } | undefined;
  let stray: number | undefined;
  let strayLines = 0;
  const close = () => {
    if (!open) return;
    records.push({ number: records.length + 1, line: open.line, type: open.type, fields: open.fields });
    open = undefined;
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\s+/, '').replace(/\s+$/, '');
    if (content === '') return;
    const match = tagLine.exec(content);
    const tag = match?.[1];
    const value = (match?.[2] ?? '').replace(/\s+/g, ' ').trim();
    if (tag === 'TY') {
      if (open) {
        warnings.push(
          `RIS: line ${open.line}: record ${records.length + 1} is not ended with "ER  -"; it is read up to line ${line}, where the next record starts.`,
        );
        close();
      }
      const type = value.toUpperCase() || 'GEN';
      open = { line, type, fields: [] };
    } else if (!open) {
      stray ??= line;
      strayLines++;
    } else if (tag === 'ER') close();
    else if (tag) open.fields.push({ tag, value });
    else {
      const last = open.fields[open.fields.length - 1];
      if (!last) open.fields.push({ tag: 'N1', value: content });
      else if (last.tag === 'KW') open.fields.push({ tag: 'KW', value: content });
      else last.value = `${last.value} ${content.replace(/\s+/g, ' ')}`.trim();
    }
  });
  if (open) {
    const start = open.line;
    warnings.push(
      `RIS: line ${start}: record ${records.length + 1} is not ended with "ER  -"; it is read to the end of the file.`,
    );
    close();
  }
  if (records.length === 0) {
    throw invalidInput(
      stray === undefined
        ? 'RIS: the file has no records (a record starts with "TY  - TYPE").'
        : `RIS: line ${stray}: this is not a RIS file; no record starts with "TY  - TYPE".`,
      stray === undefined ? undefined : `line ${stray}`,
    );
  }
  if (stray !== undefined) {
    const more = strayLines > 1 ? ` (${strayLines} lines in all)` : '';
    warnings.push(`RIS: line ${stray}: text outside any record is ignored${more}.`);
  }
  return { records, warnings };
}
