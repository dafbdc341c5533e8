import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CaseService } from '../app/api/service';

const AUTHORITIES = 50;
const CITATIONS = 500;
const PARAGRAPHS_PER_SOURCE = 300;

/** The words of paragraph `number` of source `source`: its own, so that each quotation is found in one place only. */
function paragraphText(source: number, number: number): string {
  return `${number}. The Court in decision ${source} observes at paragraph ${number} that the obligation of prevention, numbered s${source}p${number}, requires due diligence of every State in its territory and in the areas under its control, and that this obligation binds each Party to the Statute.`;
}

async function medianOf(work: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let index = 0; index < warmup; index++) await work();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * citecheck-500: a case of 500 citations (each with a quotation, to 50 authorities with a 300-paragraph text source
 * each) opened and checked from cold; source-attach-pdf: a 100-page PDF judgment printed by Chromium, attached.
 */
export async function measureCitecheck(
  folder: string,
  dataFolder: string,
  templatesFolder: string,
  chromium: string | undefined,
): Promise<{ checkMs: number; states: string; attachPdfMs: number | null; pdfNote: string }> {
  const path = join(folder, 'citecheck-500.casewright');
  const service = new CaseService({ dataFolder, templatesFolder });
  const api = service.client();
  await api['case-create']({ path });
  const authorities = Array.from({ length: AUTHORITIES }, (_, index) => ({
    key: `case${index}`,
    type: 'case' as const,
    csl: { title: `Decision ${index}` },
  }));
  const nodes = Array.from({ length: CITATIONS }, (_, index) => {
    const source = index % AUTHORITIES;
    const paragraph = 1 + ((index * 7) % PARAGRAPHS_PER_SOURCE);
    return {
      kind: 'evidence' as const,
      title: `Citation ${index + 1}`,
      text: `The Court held that the obligation “numbered s${source}p${paragraph}, requires due diligence” [@case${source}, para ${paragraph}].`,
    };
  });
  await api['interchange-import']({ document: { format: 'casewright', version: 1, authorities, nodes } });
  for (let source = 0; source < AUTHORITIES; source++) {
    const text = Array.from({ length: PARAGRAPHS_PER_SOURCE }, (_, index) => paragraphText(source, index + 1)).join(
      '\n',
    );
    await api['sources-attach']({
      key: `case${source}`,
      fileName: `case${source}.txt`,
      base64: Buffer.from(text).toString('base64'),
    });
  }
  service.close();

  let states = '';
  const checkMs = await medianOf(async () => {
    const fresh = new CaseService({ dataFolder, templatesFolder });
    await fresh.client()['case-open']({ path });
    const { citations } = await fresh.client()['citecheck-get']({});
    const verified = citations.filter((citation) => citation.state === 'verified').length;
    states = `${verified} of ${citations.length} verified`;
    fresh.close();
  }, 7);

  if (!chromium) return { checkMs, states, attachPdfMs: null, pdfNote: 'Chromium not found' };
  const pdf = await judgmentPdf(chromium);
  const attachService = new CaseService({ dataFolder, templatesFolder });
  const attachApi = attachService.client();
  await attachApi['case-open']({ path });
  let units = '';
  const attachPdfMs = await medianOf(async () => {
    const attached = await attachApi['sources-attach']({
      key: 'case0',
      fileName: 'judgment.pdf',
      base64: pdf.toString('base64'),
    });
    units = `${attached.units.page} pages, ${attached.units.paragraph} paragraphs, ${(attached.bytes / 1024).toFixed(0)} KB`;
  }, 5);
  attachService.close();
  return { checkMs, states, attachPdfMs, pdfNote: units };
}

/** A judgment of 100 A4 pages printed by Chromium. */
async function judgmentPdf(executablePath: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'], headless: true });
  try {
    const page = await browser.newPage();
    const paragraphs = Array.from({ length: 1400 }, (_, index) => `<p>${paragraphText(1, index + 1)}</p>`).join('');
    await page.setContent(`<html><body style="font: 12pt serif">${paragraphs}</body></html>`);
    let pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    if (pages !== 100) {
      const count = Math.round((1400 * 100) / Math.max(pages, 1));
      const adjusted = Array.from({ length: count }, (_, index) => `<p>${paragraphText(1, index + 1)}</p>`).join('');
      await page.setContent(`<html><body style="font: 12pt serif">${adjusted}</body></html>`);
      pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    }
    return pdf;
  } finally {
    await browser.close();
  }
}
