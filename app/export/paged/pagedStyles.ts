/**
 * The print stylesheet: A4 sheets (made by the driver) with running heads and the page number in their margins, the
 * text in one column of 162 mm (the galley the driver measures, and the blocks it places on the sheets), the notes
 * at the foot of each sheet, headings kept with what follows.
 */
export const PAGED_STYLES = `
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
.casewright-galley { position: absolute; top: 0; left: 0; width: 162mm; visibility: hidden; }
.casewright-chain { display: contents; }
.printed-page { position: relative; width: 210mm; height: 297mm; overflow: hidden; contain: strict; background: #fff; }
.printed-page + .printed-page { break-before: page; }
.running-head { position: absolute; top: 0; left: 24mm; right: 24mm; height: 20mm; display: flex; justify-content: space-between; align-items: flex-end; gap: 1em; font-size: 9pt; font-style: italic; line-height: 1.2; }
.page-number { position: absolute; bottom: 0; left: 24mm; right: 24mm; height: 22mm; display: flex; align-items: center; justify-content: center; font-size: 10pt; }
.page-body { position: absolute; top: 24mm; left: 24mm; width: 162mm; overflow: hidden; }
.page-notes { position: absolute; bottom: 22mm; left: 24mm; width: 162mm; border-top: 0.5pt solid #000; padding-top: 2mm; }
.notes-window { position: relative; overflow: hidden; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; line-height: 1.45; margin: 0; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 1em; letter-spacing: 0.02em; }
h2, h3, h4, h5 { font-size: 12pt; margin: 1.2em 0 0.5em; }
h4 { font-style: italic; }
h5 { font-style: italic; font-weight: normal; }
h2 .number, h3 .number, h4 .number, h5 .number { display: inline-block; min-width: 2.2em; }
h3 { padding-left: 1.2em; } h4 { padding-left: 2.4em; } h5 { padding-left: 3.6em; }
h1, h2, h3, h4, h5, p.toa-heading { break-after: avoid; break-inside: avoid; }
p { margin: 0 0 0.7em; text-align: justify; hyphens: auto; orphans: 2; widows: 2; }
p.title { font-size: 18pt; font-weight: bold; text-align: center; margin: 1em 0; }
p.subtitle { font-size: 14pt; font-weight: bold; text-align: center; margin: 1em 0; }
p.center { text-align: center; }
p.quote { margin-left: 2.5em; margin-right: 2.5em; }
p.note { font-style: italic; }
p.closing { text-align: right; margin-top: 1.2em; }
.part-cover { padding-top: 60mm; }
dl.memo-fields { display: grid; grid-template-columns: 5em 1fr; gap: 0.2em 0.5em; margin: 0 0 1.5em; padding-bottom: 0.8em; border-bottom: 1px solid #000; }
dl.memo-fields dt { font-weight: bold; }
dl.memo-fields dd { margin: 0; }
a { color: inherit; text-decoration: none; }
nav.contents ul, ul.toa { list-style: none; padding: 0; margin: 0; }
nav.contents li { margin: 0 0 0.3em; break-inside: avoid; }
nav.contents li.level-1 { padding-left: 1.5em; }
nav.contents li.level-2 { padding-left: 3em; }
nav.contents li.level-3 { padding-left: 4.5em; }
nav.contents li.level-4 { padding-left: 6em; }
nav.contents a, ul.toa li { display: flex; align-items: last baseline; }
nav.contents .entry, ul.toa .entry { flex: 0 1 auto; }
nav.contents .entry { max-width: calc(100% - 6em); }
ul.toa .entry { max-width: 78%; }
.leader { flex: 1 1 2em; min-width: 2em; border-bottom: 1pt dotted #000; margin: 0 0.3em; }
nav.contents .page { flex: none; min-width: 2.2em; text-align: right; }
p.toa-heading { font-weight: bold; margin: 1.2em 0 0.5em; text-align: left; }
ul.toa li { margin: 0 0 0.4em; break-inside: avoid; }
ul.toa .entry { padding-left: 2em; text-indent: -2em; }
ul.toa .pages { flex: none; max-width: 40%; text-align: right; }
.footnote { font-size: 10pt; line-height: 1.25; text-align: left; hyphens: manual; margin: 0 0 1pt; }
a.footnote-call { vertical-align: super; font-size: 0.7em; line-height: 0; }
article.card { border: 0.75pt solid #000; border-radius: 3mm; padding: 2.5mm 4mm 0.5mm; margin: 0 0 4mm; break-inside: avoid; font-size: 10pt; line-height: 1.3; }
article.card h2.card-title { margin: 0 0 0.4em; padding: 0; font-size: 11pt; text-align: left; }
article.card dl.memo-fields { grid-template-columns: 5.5em 1fr; gap: 0 0.5em; margin: 0 0 0.5em; padding-bottom: 0.3em; border-bottom: 0.5pt solid #000; }
article.card p { margin: 0 0 0.4em; text-align: left; hyphens: manual; }
article.card ul { margin: 0 0 0.5em; padding-left: 1.2em; font-size: 9pt; line-height: 1.25; }
article.card li p { margin: 0 0 0.15em; }
figure.map-figure { margin: 0 0 6mm; break-inside: avoid; }
figure.map-figure figcaption { font-weight: bold; margin: 0 0 4mm; text-align: center; }
figure.map-figure svg { display: block; margin: 0 auto; max-width: 100%; max-height: 225mm; width: auto; height: auto; }
ins { color: #1a5fb4; text-decoration: underline; }
del { color: #c01c28; text-decoration: line-through; }
`;

/** How the Document view shows the pages on screen: grey desk, white sheets. */
export const SCREEN_STYLES = `
@media screen {
  html { background: #d9d9d9; }
  body { margin: 0; }
  .casewright-pages { display: flex; flex-direction: column; align-items: center; padding: 12px 0; }
  .printed-page { box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); margin: 0 0 12px; flex: none; }
}
`;
