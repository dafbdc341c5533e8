import { element, type Html, text } from '../../export/htmlElement';
import type { CiteCheckReport, ReportEntry } from './citeCheckReport';

const STYLES = `
body { font: 11pt/1.45 "Times New Roman", serif; margin: 0; color: #111; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
.meta { color: #444; margin: 0 0 12pt; }
.entry { border-top: 1px solid #999; padding: 6pt 0 8pt; break-inside: avoid; }
.entry h2 { font-size: 12pt; margin: 0 0 3pt; overflow-wrap: anywhere; }
.date { white-space: nowrap; }
.state { font-weight: bold; }
.state-verified { color: #16622a; }
.state-error { color: #a1120f; }
.state-open { color: #6b5200; }
dl { margin: 0; display: grid; grid-template-columns: 8em minmax(0, 1fr); gap: 2pt 8pt; }
dt { color: #444; overflow-wrap: anywhere; }
dd { margin: 0; overflow-wrap: anywhere; }
@page { size: A4; margin: 2cm; @bottom-center { content: "Cite Check Report · page " counter(page) " of " counter(pages); font: 9pt "Times New Roman", serif; color: #444; } }
`;

const STATE_CLASS: Record<ReportEntry['state'], string> = {
  verified: 'state-verified',
  'pinpoint-not-in-source': 'state-error',
  'quote-not-in-source': 'state-error',
  'authority-missing': 'state-error',
  'no-source': 'state-open',
};

/** The report as one standalone HTML page (no script, a strict CSP), as it is printed to PDF. */
export function renderReportHtml(report: CiteCheckReport): string {
  const head = element('head', {}, [
    element('meta', { charset: 'utf-8' }),
    element('meta', {
      'http-equiv': 'Content-Security-Policy',
      content: "default-src 'none'; style-src 'unsafe-inline'",
    }),
    element('title', {}, [text(`Cite Check Report — ${report.caseTitle}`)]),
    { html: `<style>${STYLES}</style>` },
  ]);
  const body = element('body', {}, [
    element('h1', {}, [text('Cite Check Report')]),
    element('p', { class: 'meta' }, withDates(`${report.caseTitle} · ${report.date}`)),
    element('p', { class: 'summary' }, [text(report.summary)]),
    ...report.entries.map(renderEntry),
  ]);
  return `<!DOCTYPE html>\n${element('html', { lang: 'en' }, [head, body]).html}\n`;
}

function renderEntry(entry: ReportEntry): Html {
  const rows: [string, string][] = [
    ['Cited in', entry.where],
    ['Authority', entry.authority],
    ['Pinpoint', entry.pinpoint || '(none)'],
    ['Finding', entry.reason],
  ];
  if (entry.quote !== '') rows.push(['Quoted', `“${entry.quote}”`]);
  if (entry.passage !== '') rows.push([entry.pinpoint ? `Source at ${entry.pinpoint}` : 'Source', entry.passage]);
  rows.push(['Checked', entry.checked]);
  return element('section', { class: 'entry' }, [
    element('h2', {}, [
      text(`${entry.number}. [@${entry.key}${entry.pinpoint ? `, ${entry.pinpoint}` : ''}] `),
      element('span', { class: `state ${STATE_CLASS[entry.state]}` }, [text(entry.stateLabel)]),
    ]),
    element(
      'dl',
      {},
      rows.flatMap(([label, value]) => [element('dt', {}, [text(label)]), element('dd', {}, withDates(value))]),
    ),
  ]);
}

/** Text with each date ("2026-12-03") kept on one line: a date broken at its hyphens no longer reads as one. */
function withDates(value: string): Html[] {
  return value
    .split(/(\d{4}-\d{2}-\d{2})/)
    .filter((part) => part !== '')
    .map((part) => (/^\d{4}-\d{2}-\d{2}$/.test(part) ? element('span', { class: 'date' }, [text(part)]) : text(part)));
}
