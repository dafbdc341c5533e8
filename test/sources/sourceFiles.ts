import { Document, Packer, Paragraph } from 'docx';
import type { Browser } from 'playwright-core';
import type { SourceFileFormat } from '../../app/sources/sourceTypes';
import { launchChromium } from '../support/browser';
import { asHtml, asText } from './sourceFixtures';

let browser: Browser | undefined;

/** A test source in one format: its lines as a text file, HTML paragraphs, DOCX paragraphs or a PDF printed by Chromium. */
export async function sourceFile(format: SourceFileFormat, lines: readonly string[], title: string): Promise<Buffer> {
  switch (format) {
    case 'text':
      return Buffer.from(asText(lines));
    case 'html':
      return Buffer.from(asHtml(lines, title));
    case 'docx': {
      const document = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
      return Packer.toBuffer(document);
    }
    case 'pdf':
      return printedPdf(asHtml(lines, title));
  }
}

/** Prints HTML to PDF with headless Chromium (one browser for the test file; `closeBrowser` after). */
export async function printedPdf(html: string): Promise<Buffer> {
  browser ??= await launchChromium();
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  } finally {
    await page.close();
  }
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export const FILE_NAMES: Record<SourceFileFormat, string> = {
  text: 'source.txt',
  html: 'source.html',
  docx: 'source.docx',
  pdf: 'source.pdf',
};

/**
 * A PDF written by hand: one page per list of lines (Helvetica, one line under the other), with the page labels
 * given as the PDF's /PageLabels ranges (`{ from: 0, style: 'r' }, { from: 1, style: 'D', start: 14 }`).
 */
export function labelledPdf(
  pages: readonly (readonly string[])[],
  labels: readonly { from: number; style: 'D' | 'r' | 'R'; start?: number }[],
): Buffer {
  const pdfString = (text: string) => text.replace(/[\\()]/g, (character) => `\\${character}`);
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 4 + index * 2);
  const ranges = labels.map(({ from, style, start }) => `${from} << /S /${style}${start ? ` /St ${start}` : ''} >>`);
  objects[1] = `<< /Type /Catalog /Pages 2 0 R /PageLabels << /Nums [${ranges.join(' ')}] >> >>`;
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (const [index, lines] of pages.entries()) {
    const stream = `BT /F1 11 Tf 14 TL 60 780 Td ${lines.map((line) => `(${pdfString(line)}) Tj T*`).join(' ')} ET`;
    objects[pageIds[index]!] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> ' +
      `/Contents ${pageIds[index]! + 1} 0 R >>`;
    objects[pageIds[index]! + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const table = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${table}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
