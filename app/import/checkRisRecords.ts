import { invalidInput } from '../model/errors';

const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: |$)/;

/**
 * Checks that text is RIS as Zotero writes it: records from `TY  - TYPE` to `ER  -`, one tag per
 * line (longer values may wrap onto untagged lines). Returns the number of records; anything else
 * is an error naming the line.
 */
export function checkRisRecords(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let records = 0;
  let openedAt = 0;
  const fail = (line: number, message: string) => invalidInput(`RIS: line ${line}: ${message}`, `line ${line}`);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '') return;
    const tag = TAG_LINE.exec(content)?.[1];
    if (tag === 'TY') {
      if (openedAt > 0) throw fail(line, `a new record starts before the record of line ${openedAt} ends with "ER  -"`);
      if (content.slice(6).trim() === '') throw fail(line, 'the record has no type after "TY  -"');
      openedAt = line;
    } else if (tag === 'ER') {
      if (openedAt === 0) throw fail(line, '"ER  -" ends a record that was never started with "TY  -"');
      openedAt = 0;
      records++;
    } else if (openedAt === 0) {
      throw fail(
        line,
        tag
          ? `"${tag}  -" is outside a record; records start with "TY  - TYPE"`
          : 'this is not a RIS line; records start with "TY  - TYPE"',
      );
    }
  });
  if (openedAt > 0) throw fail(openedAt, 'the record that starts here is never ended with "ER  -"');
  if (records === 0) throw invalidInput('RIS: the file has no records (a record starts with "TY  - TYPE").');
  return records;
}
