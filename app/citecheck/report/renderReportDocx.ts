import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { CiteCheckReport, ReportEntry } from './citeCheckReport';

/** The report as a Word document: a title, the summary, then each citation as a heading and its labelled lines. */
export async function renderReportDocx(report: CiteCheckReport): Promise<Buffer> {
  const children = [
    new Paragraph({ text: 'Cite Check Report', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ children: withDates(`${report.caseTitle} · ${report.date}`), italics: true })],
    }),
    new Paragraph({ text: report.summary }),
    ...report.entries.flatMap(entryParagraphs),
  ];
  const document = new Document({
    title: `Cite Check Report — ${report.caseTitle}`,
    creator: 'Casewright',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [{ children, footers: { default: pageFooter() } }],
  });
  return Packer.toBuffer(document);
}

/** "Cite Check Report · page N of M" at the foot of each page. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: ['Cite Check Report · page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** An entry's heading and lines, kept on one page as the PDF keeps them. */
function entryParagraphs(entry: ReportEntry): Paragraph[] {
  const line = (label: string, value: string) =>
    new Paragraph({
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ children: withDates(value) })],
    });
  const lines = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      spacing: { before: 240, after: 60 },
      children: [
        new TextRun(
          `${entry.number}. [@${entry.key}${entry.pinpoint ? `, ${entry.pinpoint}` : ''}] — ${entry.stateLabel}`,
        ),
      ],
    }),
    line('Cited in', entry.where),
    line('Authority', entry.authority),
    line('Pinpoint', entry.pinpoint || '(none)'),
    line('Finding', entry.reason),
  ];
  if (entry.quote !== '') lines.push(line('Quoted', `“${entry.quote}”`));
  if (entry.passage !== '') lines.push(line(entry.pinpoint ? `Source at ${entry.pinpoint}` : 'Source', entry.passage));
  lines.push(
    new Paragraph({
      keepLines: true,
      children: [new TextRun({ text: 'Checked: ', bold: true }), new TextRun({ children: withDates(entry.checked) })],
    }),
  );
  return lines;
}

/** Text with the hyphens of each date ("2026-12-03") made Word's non-breaking hyphens, so a date is never split across lines. */
function withDates(value: string): (string | NoBreakHyphen)[] {
  return value
    .split(/(\d{4}-\d{2}-\d{2})/)
    .filter((part) => part !== '')
    .flatMap((part) =>
      /^\d{4}-\d{2}-\d{2}$/.test(part)
        ? part.split('-').flatMap((piece, index) => (index === 0 ? [piece] : [new NoBreakHyphen(), piece]))
        : [part],
    );
}
