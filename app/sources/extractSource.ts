import mammoth from 'mammoth';
import { checkZipArchive } from '../import/checkZipArchive';
import { invalidInput } from '../model/errors';
import { htmlBlocks } from './htmlBlocks';
import { pdfBlocks } from './pdfBlocks';
import type { SourceContent, SourceFileFormat, TextBlock } from './sourceTypes';
import { splitUnits } from './splitUnits';

/** The largest source file a case keeps. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** A source file's format, from its first bytes (PDF, DOCX) or its name (HTML), else text. */
export function sourceFormat(fileName: string, data: Uint8Array): SourceFileFormat {
  const head = Buffer.from(data.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/\.x?html?$/i.test(fileName)) return 'html';
  const start = Buffer.from(data.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
}

/** Reads a source file's text and splits it into units; a file that cannot be read is refused with the reason. */
export async function extractSource(
  fileName: string,
  data: Uint8Array,
): Promise<SourceContent & { format: SourceFileFormat }> {
  if (data.length > MAX_SOURCE_BYTES) throw invalidInput(`${fileName}: the file is larger than 50 MB.`);
  const format = sourceFormat(fileName, data);
  const blocks = await readBlocks(format, fileName, data);
  const content = splitUnits(blocks);
  if (content.text.trim() === '') {
    throw invalidInput(
      `${fileName}: no text could be read from it${format === 'pdf' ? ' (a scanned PDF needs OCR first)' : ''}.`,
    );
  }
  return { ...content, format };
}

async function readBlocks(format: SourceFileFormat, fileName: string, data: Uint8Array): Promise<TextBlock[]> {
  switch (format) {
    case 'pdf':
      try {
        return (await pdfBlocks(data)).blocks;
      } catch (error) {
        throw invalidInput(`${fileName}: the PDF cannot be read: ${firstLine(error)}.`);
      }
    case 'docx': {
      checkZipArchive(Buffer.from(data), 'DOCX');
      try {
        const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
        return htmlBlocks(value);
      } catch (error) {
        throw invalidInput(`${fileName}: the DOCX file cannot be read: ${firstLine(error)}.`);
      }
    }
    case 'html':
      return htmlBlocks(utf8(fileName, data));
    case 'text':
      return utf8(fileName, data)
        .split(/\r?\n/)
        .map((text) => ({ text }));
  }
}

function utf8(fileName: string, data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    throw invalidInput(`${fileName}: not a PDF, DOCX, HTML or UTF-8 text file.`);
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .replace(/\.$/, '');
}
