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
