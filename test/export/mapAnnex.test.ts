import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../app/export/printPdf';
import type { DocumentNode } from '../../app/interchange/documentSchema';
import { pandocJson, plainText, walkPandoc } from '../support/documentReaders';
import { type TempService, tempService } from '../support/tempService';

let chromium: string | undefined;
try {
  chromium = findChromium();
} catch {}

const memorial = { layout: 'memorial', date: '2026-01-01' } as const;
const squeeze = (value: string) => value.replace(/\s+/g, '');
const fromXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every title of an issue's subtree, in outline order. */
function titles(node: DocumentNode): string[] {
  return [node.title, ...(node.children ?? []).flatMap(titles)];
}

/** The text of an SVG's <text> elements, in order, as a reader selects it. */
function svgText(svg: string): string {
  const body = svg.replace(/<title>[\s\S]*?<\/title>/g, '');
  return [...body.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => fromXml(match[1]!.replace(/<[^>]+>/g, ' ')))
    .join(' ');
}

let temp: TempService;
let issues: DocumentNode[];
beforeAll(async () => {
  temp = tempService();
  await temp.api['case-create']({ path: temp.path('sample.casewright'), templateId: 'russia-dprk-pact-2024' });
  const exported = await temp.api['interchange-export']({});
  issues = (exported.nodes ?? []).filter((node) => node.kind === 'issue');
}, 120_000);
afterAll(() => temp?.dispose());

describe('the memorial’s map annex', () => {
  it('is left out unless asked for', async () => {
    const plain = await temp.api['export-document']({ ...memorial, format: 'md' });
    expect(plain.text).not.toContain('Annex: Argument Map');
    expect(plain.text).not.toContain('data:image/svg+xml');
  });

  it('draws each issue as a figure whose SVG holds every title of that issue as text (HTML)', async () => {
    expect(issues.length).toBeGreaterThan(2);
    const html = (await temp.api['export-document']({ ...memorial, format: 'html', mapAnnex: true })).text!;
    const annex = html.slice(html.indexOf('id="part-annex"'));
    expect(annex).toContain('<h1>Annex: Argument Map</h1>');
    const figures = [...annex.matchAll(/<figure class="map-figure">([\s\S]*?)<\/figure>/g)].map((match) => match[1]!);
    expect(figures).toHaveLength(issues.length);
    for (const [index, issue] of issues.entries()) {
      const caption = fromXml(/<figcaption>([\s\S]*?)<\/figcaption>/.exec(figures[index]!)![1]!);
      expect(caption).toBe(`Figure ${index + 1}: ${issue.title.trim()}`);
      const text = squeeze(svgText(figures[index]!));
      const missing = titles(issue).filter((title) => !text.includes(squeeze(title)));
      expect(missing, caption).toEqual([]);
    }
  });

  it('writes each figure into the Markdown as an SVG image pandoc reads', async () => {
    const markdown = (await temp.api['export-document']({ ...memorial, format: 'md', mapAnnex: true })).text!;
    const images: string[] = [];
    walkPandoc(pandocJson({ text: markdown }, 'markdown').blocks, (node) => {
      if (node.t === 'Image') {
        const [, alt, [url]] = node.c as [unknown, unknown, [string]];
        if (url.startsWith('data:image/svg+xml;base64,')) images.push(plainText(alt));
      }
    });
    expect(images).toEqual(issues.map((issue, index) => `Figure ${index + 1}: ${issue.title.trim()}`));
  });

  it('is refused for a layout other than the memorial, with a clear message', async () => {
    await expect(temp.api['export-document']({ layout: 'memo', format: 'md', mapAnnex: true })).rejects.toThrow(
      /map annex is part of a memorial/,
    );
  });

  describe.skipIf(chromium === undefined)('printed and in Word', () => {
    it('prints the figures in the PDF with their titles as selectable text', async () => {
      const pdf = await temp.api['export-document']({ ...memorial, format: 'pdf', mapAnnex: true });
      const path = temp.path('annex.pdf');
      writeFileSync(path, Buffer.from(pdf.base64!, 'base64'));
      const pages = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split(
        '\f',
      );
      const start = pages.findIndex((page) => page.includes('Annex: Argument Map'));
      expect(start).toBeGreaterThan(0);
      const annex = squeeze(pages.slice(start).join(''));
      for (const [index, issue] of issues.entries()) {
        expect(annex).toContain(squeeze(`Figure ${index + 1}:`));
        // A claim's title (the issue's first child) is printed inside its box, as text.
        expect(annex).toContain(squeeze(issue.children![0]!.title.split(' ').slice(0, 4).join(' ')));
      }
    }, 600_000);

    it('embeds one PNG per issue in the DOCX, under its caption, with the caption as its description', async () => {
      const docx = await temp.api['export-document']({ ...memorial, format: 'docx', mapAnnex: true });
      const path = temp.path('annex.docx');
      writeFileSync(path, Buffer.from(docx.base64!, 'base64'));
      const media = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' })
        .split('\n')
        .filter((name) => /^word\/media\/.*\.png$/.test(name));
      expect(media).toHaveLength(issues.length);
      const png = execFileSync('unzip', ['-p', path, media[0]!], { maxBuffer: 64 * 1024 * 1024 });
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const document = execFileSync('unzip', ['-p', path, 'word/document.xml'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      for (const [index, issue] of issues.entries()) {
        const caption = `Figure ${index + 1}: ${issue.title.trim()}`
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;');
        expect(document).toContain(`<w:t xml:space="preserve">${caption}</w:t>`);
        expect(document).toContain(`descr="${caption.replace(/"/g, '&quot;')}"`);
      }
    }, 600_000);
  });
});
