import {
  BuilderElement,
  InternalHyperlink,
  LeaderType,
  Paragraph,
  type ParagraphChild,
  Tab,
  TableOfContents,
  TabStopType,
  TextRun,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import type { CitationRun } from '../cite';
import { cleanText } from './cleanText';
import { contentsEntries } from './contentsEntries';
import type { DocumentLayout, FootnoteCitationEntry, IndexGroup } from './documentLayout';
import type { PageEstimate } from './docxPageEstimate';
import { TEXT_WIDTH } from './docxStyles';

class SpaceAttributes extends XmlAttributeComponent<{ space: 'preserve' }> {
  protected override readonly xmlKeys = { space: 'xml:space' };
}

class InstructionText extends XmlComponent {
  constructor(text: string) {
    super('w:instrText');
    this.root.push(new SpaceAttributes({ space: 'preserve' }));
    this.root.push(text);
  }
}

function fieldCharacter(type: 'begin' | 'separate' | 'end'): BuilderElement {
  return new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** A run of field characters and code; pandoc reads a field only when its code starts in the run that begins it. */
function fieldRun(parts: readonly (BuilderElement | string)[], italics = false): TextRun {
  const children = parts.map((part) => (typeof part === 'string' ? new InstructionText(part) : part));
  return new TextRun({ ...(italics ? { italics } : {}), children });
}

/** Text inside a quoted field argument: Word reads \" and \\ as a quotation mark and a backslash. */
function quoted(text: string): string {
  return cleanText(text).replace(/[\\"]/g, '\\$&');
}

/**
 * Word's table-of-authorities entry at a citation: `TA \l "long" \s "short" \c N` at the authority's first citation
 * (the long citation keeps its italics, as Word keeps the formatting of field codes), `TA \s "short"` afterwards.
 */
export function tableOfAuthoritiesEntry(footnote: FootnoteCitationEntry): TextRun[] {
  const short = `\\s "${quoted(footnote.shortCitation)}"`;
  if (!footnote.first) return [fieldRun([fieldCharacter('begin'), ` TA ${short} `, fieldCharacter('end')])];
  return [
    fieldRun([fieldCharacter('begin'), ' TA \\l "']),
    ...footnote.longCitation.map((run) => fieldRun([quoted(run.text)], run.italic === true)),
    fieldRun([`" ${short} \\c ${footnote.category} `, fieldCharacter('end')]),
  ];
}

/** Citation runs as Word runs, italic where the style says. */
export function citationRuns(runs: readonly CitationRun[]): TextRun[] {
  return runs.map(
    (run) =>
      new TextRun({
        text: cleanText(run.text),
        ...(run.italic ? { italics: true } : {}),
        ...(run.superscript ? { superScript: true } : {}),
      }),
  );
}

/**
 * One group of the Index of Authorities: a `TOA \c "N" \p` field whose result, until a reader updates it, lists each
 * authority once with the pages on which its footnotes are estimated to be called ("passim" from the case's
 * threshold). Word replaces that with the pages it lays out.
 */
export function tableOfAuthoritiesField(
  group: IndexGroup,
  notePages: ReadonlyMap<number, string>,
  passimThreshold: number,
): Paragraph[] {
  return group.entries.map((entry, index) => {
    const children: ParagraphChild[] = [];
    if (index === 0) {
      children.push(
        fieldRun([fieldCharacter('begin'), ` TOA \\c "${group.category}" \\p `, fieldCharacter('separate')]),
      );
    }
    const pages = [...new Set(entry.footnotes.flatMap((note) => notePages.get(note) ?? []))];
    const cited =
      pages.length >= passimThreshold
        ? new TextRun({ children: [new Tab(), 'passim'], italics: true })
        : new TextRun({ children: [new Tab(), pages.join(', ')] });
    children.push(...citationRuns(entry.runs), cited);
    if (index === group.entries.length - 1) children.push(fieldRun([fieldCharacter('end')]));
    return new Paragraph({ style: 'TableofAuthorities', children });
  });
}

/**
 * The Table of Contents: Word's `TOC` field over Heading 1–3, its result written as the parts and the first two levels
 * of headings, numbered, each linked to its bookmark, with the page it is estimated to stand on after dot leaders.
 */
export function tableOfContentsField(
  layout: DocumentLayout,
  pages: PageEstimate,
  bookmarkName: (anchor: string) => string,
): TableOfContents {
  const entries = contentsEntries(layout, 2).map(
    (entry) =>
      new Paragraph({
        style: `TOC${entry.level + 1}`,
        indent: { left: 240 * entry.level },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({
            anchor: bookmarkName(entry.anchor),
            children: [
              new TextRun({
                children: [
                  entry.content.map((inline) => (inline.type === 'text' ? cleanText(inline.text) : '')).join(''),
                  new Tab(),
                  pages.anchors.get(entry.anchor) ?? '',
                ],
              }),
            ],
          }),
        ],
      }),
  );
  return new TableOfContents('Table of Contents', {
    hyperlink: true,
    headingStyleRange: '1-3',
    contentChildren: entries,
  });
}
