import {
  AlignmentType,
  Bookmark,
  DeletedTextRun,
  ExternalHyperlink,
  type FileChild,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  InternalHyperlink,
  Paragraph,
  type ParagraphChild,
  type Run,
  Tab,
  TextRun,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import type { CitationRun } from '../cite';
import { cleanText } from './cleanText';
import type { DocumentLayout, LayoutBlock, LayoutChange, LayoutInline, LayoutPart } from './documentLayout';
import { citationRuns, tableOfAuthoritiesEntry, tableOfAuthoritiesField, tableOfContentsField } from './docxFields';
import type { PageEstimate } from './docxPageEstimate';
import { PAGE, TEXT_WIDTH } from './docxStyles';

class ChangeAttributes extends XmlAttributeComponent<{ id: number; author: string; date: string }> {
  protected override readonly xmlKeys = { id: 'w:id', author: 'w:author', date: 'w:date' };
}

/** `w:ins` or `w:del` around a run: what Word's Review pane accepts or rejects as one change. */
class TrackedChange extends XmlComponent {
  constructor(change: LayoutChange, attributes: { id: number; author: string; date: string }, run: Run) {
    super(change === 'insert' ? 'w:ins' : 'w:del');
    this.root.push(new ChangeAttributes(attributes), run);
  }
}

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
const PARAGRAPH_STYLES = {
  title: 'Title',
  subtitle: 'Subtitle',
  center: 'Centered',
  quote: 'Quote',
  note: 'DraftingNote',
  closing: 'Closing',
};

/**
 * How much a map figure is shrunk to print: to the text's width and most of the page's height (room left for its
 * caption), keeping its proportions, never enlarged. Word sizes pictures in pixels at 96 to the inch (15 twips each).
 */
export function mapFit(map: { width: number; height: number }): number {
  return Math.min(1, TEXT_WIDTH / 15 / map.width, (PAGE.height - 2 * PAGE.margin) / 15 / 1.15 / map.height);
}

/** Word bookmark names hold letters, digits and underscores only. */
function bookmarkName(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Writes a layout's parts and footnotes as Word paragraphs: headings, numbered lists, footnotes, fields. */
export class DocxParagraphs {
  private nextList = 1;
  private nextRevision = 1;
  private cards = 0;

  constructor(
    private readonly layout: DocumentLayout,
    private readonly pages: PageEstimate = { anchors: new Map(), notes: new Map() },
    private readonly maps: ReadonlyMap<string, Buffer> = new Map(),
  ) {}

  /**
   * A part: its Heading 1 (with a page break before it when the part starts a page) and its blocks. The contents'
   * own heading is a TOC Heading, as Word writes it, so that the contents do not list themselves.
   */
  part(part: LayoutPart, pageBreak: boolean): FileChild[] {
    const children: FileChild[] = [];
    if (part.title !== '') {
      children.push(
        new Paragraph({
          ...(part.id === 'contents' ? { style: 'TOCHeading' } : { heading: HeadingLevel.HEADING_1 }),
          pageBreakBefore: pageBreak,
          children: [new Bookmark({ id: bookmarkName(`part-${part.id}`), children: [new TextRun(part.title)] })],
        }),
      );
    }
    for (const block of part.blocks) children.push(...this.block(block, 0));
    return children;
  }

  /** The footnotes, each with its citation and the TA field that indexes it. */
  footnotes(): Record<number, { children: Paragraph[] }> {
    const notes: Record<number, { children: Paragraph[] }> = {};
    for (const footnote of this.layout.footnotes) {
      notes[footnote.number] = {
        children: [
          new Paragraph({
            style: 'FootnoteText',
            children: [
              new TextRun(' '),
              ...footnote.runs.flatMap((run) => {
                const change = footnote.change ?? run.change;
                return change ? this.trackedRuns([run], change) : citationRuns([run]);
              }),
              ...footnote.citations.flatMap(tableOfAuthoritiesEntry),
            ],
          }),
        ],
      };
    }
    return notes;
  }

  private block(block: LayoutBlock, level: number, numbering?: { reference: string; instance: number }): FileChild[] {
    switch (block.type) {
      case 'paragraph':
        return [
          new Paragraph({
            children: this.inlines(block.content),
            ...(block.style ? { style: PARAGRAPH_STYLES[block.style] } : {}),
            ...(block.style === undefined && !numbering && level === 0 ? { alignment: AlignmentType.JUSTIFIED } : {}),
            ...(numbering
              ? { numbering: { ...numbering, level } }
              : level > 0
                ? { indent: { left: 567 * level } }
                : {}),
          }),
        ];
      case 'argumentHeading':
        return [
          new Paragraph({
            heading: HEADINGS[block.depth] ?? HeadingLevel.HEADING_5,
            numbering: { reference: 'argument', level: block.depth },
            children: [new Bookmark({ id: bookmarkName(block.anchor), children: this.inlines(block.content) })],
          }),
        ];
      case 'list': {
        const list = { reference: block.ordered ? 'ordered' : 'bullets', instance: this.nextList++ };
        return block.items.flatMap((item) =>
          item.flatMap((child, index) =>
            child.type === 'list'
              ? this.block(child, level + 1)
              : this.block(child, index === 0 ? level : level + 1, index === 0 ? list : undefined),
          ),
        );
      }
      case 'fields':
        return block.fields.map(
          (field) =>
            new Paragraph({
              style: 'MemoField',
              children: [
                new TextRun({ text: `${field.label}:`, bold: true }),
                new TextRun({ children: [new Tab(), cleanText(field.value)] }),
              ],
            }),
        );
      case 'card':
        // One card a page: the first shares its page with the heading, each later one starts a page.
        return [
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            pageBreakBefore: this.cards++ > 0,
            keepNext: true,
            children: this.inlines(block.title),
          }),
          ...block.blocks.flatMap((child) => this.block(child, level)),
        ];
      case 'contents':
        return [tableOfContentsField(this.layout, this.pages, bookmarkName)];
      case 'authorities':
        if (this.layout.authorities.length === 0) return [new Paragraph('No authorities are cited.')];
        return this.layout.authorities.flatMap((group) => [
          new Paragraph({ style: 'TOAHeading', children: [new TextRun(group.title)] }),
          ...tableOfAuthoritiesField(group, this.pages.notes, this.layout.passimThreshold),
        ]);
      case 'map': {
        const fit = mapFit(block);
        const png = this.maps.get(block.svg);
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            children: [new TextRun({ text: block.caption, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: png
              ? [
                  new ImageRun({
                    type: 'png',
                    data: png,
                    transformation: { width: Math.round(block.width * fit), height: Math.round(block.height * fit) },
                    altText: { name: block.caption, title: block.caption, description: block.caption },
                  }),
                ]
              : [],
          }),
        ];
      }
    }
  }

  /** Runs marked as Word tracked changes (w:ins, w:del) by the redline's author, at its date. */
  private trackedRuns(runs: readonly (CitationRun | LayoutInline)[], change: LayoutChange): ParagraphChild[] {
    const revision = this.layout.revision ?? { author: 'Casewright', date: new Date().toISOString() };
    return runs.map((run) => {
      const options = {
        id: this.nextRevision++,
        author: revision.author,
        date: revision.date,
        text: cleanText('text' in run ? run.text : ''),
        ...('italic' in run && run.italic ? { italics: true } : {}),
        ...('superscript' in run && run.superscript ? { superScript: true } : {}),
        ...('bold' in run && run.bold ? { bold: true } : {}),
      };
      return change === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
    });
  }

  /** A run (a footnote's call) inside a tracked insertion or deletion, as Word writes one. */
  private tracked(run: Run, change: LayoutChange): ParagraphChild {
    const revision = this.layout.revision ?? { author: 'Casewright', date: new Date().toISOString() };
    return new TrackedChange(change, { id: this.nextRevision++, ...revision }, run) as unknown as ParagraphChild;
  }

  private inlines(content: readonly LayoutInline[]): ParagraphChild[] {
    return content.map((inline) => {
      if (inline.type === 'footnote') {
        const call = new FootnoteReferenceRun(inline.number);
        return inline.change ? this.tracked(call, inline.change) : call;
      }
      if (inline.type === 'break') return new TextRun({ break: 1 });
      if (inline.change) return this.trackedRuns([inline], inline.change)[0]!;
      const run = new TextRun({
        text: cleanText(inline.text),
        ...(inline.bold ? { bold: true } : {}),
        ...(inline.italic ? { italics: true } : {}),
        ...(inline.superscript ? { superScript: true } : {}),
        ...(inline.href || inline.anchor ? { style: 'Hyperlink' } : {}),
      });
      if (inline.href) return new ExternalHyperlink({ link: inline.href, children: [run] });
      if (inline.anchor) return new InternalHyperlink({ anchor: bookmarkName(inline.anchor), children: [run] });
      return run;
    });
  }
}
