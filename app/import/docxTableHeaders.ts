import { readZipEntry } from './readZipEntry';

const LOOK = /<w:tblLook\b([^>]*)>/;

/**
 * For each table of a DOCX file's body, in document order (tables inside tables too), whether Word
 * formats its first row as a header row (`w:tblLook` with `firstRow`, as Word and pandoc read it).
 * Content that mammoth does not read (deleted text, the first choice of alternate content) is left out
 * so that the list matches the tables mammoth reads.
 */
export function docxTableHeaders(data: Buffer): boolean[] {
  const xml = readZipEntry(data, 'word/document.xml')?.toString('utf8');
  if (!xml) return [];
  const read = xml
    .replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '')
    .replace(/<w:(del|moveFrom)(?:\s[^>]*[^/])?>[\s\S]*?<\/w:\1>/g, '');
  const headers: boolean[] = [];
  for (const match of read.matchAll(/<w:tbl[\s>]/g)) {
    const start = match.index + match[0].length;
    const properties = read.slice(start, nextRow(read, start));
    headers.push(firstRowLook(LOOK.exec(properties)?.[1] ?? ''));
  }
  return headers;
}

function nextRow(xml: string, from: number): number {
  const row = xml.indexOf('<w:tr', from);
  return row < 0 ? xml.length : row;
}

/** Whether a `w:tblLook` element's attributes ask for the first row's formatting. */
function firstRowLook(attributes: string): boolean {
  const firstRow = /\bw:firstRow="([^"]*)"/.exec(attributes)?.[1];
  if (firstRow !== undefined) return ['1', 'true', 'on'].includes(firstRow);
  const value = /\bw:val="([0-9A-Fa-f]{1,4})"/.exec(attributes)?.[1];
  return value !== undefined && (Number.parseInt(value, 16) & 0x0020) !== 0;
}
