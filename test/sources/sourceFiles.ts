import { Document, Packer, Paragraph } from 'docx';
import type { SourceFileFormat } from '../../app/sources/sourceTypes';
import { asHtml, asText } from './sourceFixtures';

type Browser = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launch']>>;
let browser: Browser | undefined;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
  if (!browser) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  }
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
