/** The stylesheet of an HTML export: screen and print (A4, a page break before each major part). */
export const HTML_STYLES = `
@page { size: A4; margin: 25mm 25mm 22mm; @bottom-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 9pt; } }
@page :first { @bottom-center { content: none; } }
html { background: #fff; color: #000; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; line-height: 1.45; max-width: 165mm; margin: 0 auto; padding: 12mm 8mm; }
h1 { font-size: 14pt; text-align: center; margin: 2em 0 1em; letter-spacing: 0.02em; }
h2, h3, h4, h5 { font-size: 12pt; margin: 1.4em 0 0.6em; }
h4 { font-style: italic; }
h5 { font-style: italic; font-weight: normal; }
h2 .number, h3 .number, h4 .number, h5 .number { display: inline-block; min-width: 2.2em; }
h3 { padding-left: 1.2em; } h4 { padding-left: 2.4em; } h5 { padding-left: 3.6em; }
p { margin: 0 0 0.8em; text-align: justify; hyphens: auto; }
p.title { font-size: 18pt; font-weight: bold; text-align: center; margin: 1em 0; }
p.subtitle { font-size: 14pt; font-weight: bold; text-align: center; margin: 1em 0; }
p.center { text-align: center; }
p.quote { margin-left: 2.5em; margin-right: 2.5em; }
p.note { font-style: italic; color: #555; }
p.closing { text-align: right; margin-top: 1.2em; }
.part-cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; }
dl.memo-fields { display: grid; grid-template-columns: 5em 1fr; gap: 0.2em 0.5em; margin: 0 0 1.5em; padding-bottom: 0.8em; border-bottom: 1px solid #000; }
dl.memo-fields dt { font-weight: bold; }
dl.memo-fields dd { margin: 0; }
nav.contents ul { list-style: none; padding: 0; }
nav.contents li.level-1 { padding-left: 1.5em; }
nav.contents li.level-2 { padding-left: 3em; }
p.toa-heading { font-weight: bold; margin-top: 1.2em; text-align: left; }
ul.toa { list-style: none; padding: 0; }
ul.toa li { padding-left: 2em; text-indent: -2em; margin-bottom: 0.4em; }
ul.toa .cited { white-space: nowrap; float: right; padding-left: 1em; }
figure.map-figure { margin: 1.5em 0; }
figure.map-figure figcaption { font-weight: bold; margin-bottom: 0.5em; }
figure.map-figure svg { display: block; max-width: 100%; height: auto; }
sup.note-ref { line-height: 0; font-size: 0.75em; }
sup.note-ref a { text-decoration: none; color: inherit; }
section.notes { font-size: 10pt; line-height: 1.3; margin-top: 2em; }
section.notes hr { width: 35%; margin: 0 0 1em; border: 0; border-top: 1px solid #000; }
section.notes ol { padding-left: 2.2em; }
section.notes a.back { text-decoration: none; }
a { color: #0b3d91; }
article.card { border: 0.75pt solid #000; border-radius: 3mm; padding: 2.5mm 4mm 0.5mm; margin: 0 0 4mm; break-inside: avoid; font-size: 10pt; line-height: 1.3; }
article.card h2.card-title { margin: 0 0 0.4em; padding: 0; font-size: 11pt; text-align: left; }
article.card dl.memo-fields { grid-template-columns: 5.5em 1fr; gap: 0 0.5em; margin: 0 0 0.5em; padding-bottom: 0.3em; border-bottom: 0.5pt solid #000; }
article.card p { margin: 0 0 0.4em; text-align: left; hyphens: manual; }
article.card ul { margin: 0 0 0.5em; padding-left: 1.2em; font-size: 9pt; line-height: 1.25; }
article.card li p { margin: 0 0 0.15em; }
@media print {
  body { max-width: none; padding: 0; }
  .page-break { break-before: page; }
  .layout-memorial section.notes { break-before: page; }
  h1, h2, h3, h4, h5 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  section.notes a.back { display: none; }
}
ins { color: #1a5fb4; text-decoration: underline; }
del { color: #c01c28; text-decoration: line-through; }
`;
