import type { TextBlock } from './sourceTypes';

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

/**
 * The text of a PDF (pdf.js) as one block per line, each with its page's label (the PDF's own page
 * labels when it has them, "i", "ii" for front matter; otherwise 1, 2, 3); and the number of pages.
 */
export async function pdfBlocks(data: Uint8Array): Promise<{ blocks: TextBlock[]; pageCount: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js runs its worker in this thread when it finds it loaded; bundled with the app, it cannot load it by path
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const document = await pdfjs.getDocument({
    // a copy: pdf.js takes a plain Uint8Array (not a Buffer) and may hand its memory to a worker
    data: new Uint8Array(data),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const labels = await document.getPageLabels();
    const blocks: TextBlock[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const label = (labels?.[number - 1] || String(number)).trim().toLowerCase();
      let line = '';
      for (const item of content.items as PdfTextItem[]) {
        line += item.str ?? '';
        if (item.hasEOL) {
          blocks.push({ text: line, page: label });
          line = '';
        }
      }
      if (line !== '') blocks.push({ text: line, page: label });
      page.cleanup();
    }
    return { blocks, pageCount: document.numPages };
  } finally {
    await document.destroy();
  }
}
