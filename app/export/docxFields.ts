import {
  BuilderElement,
  Paragraph,
  type ParagraphChild,
  Tab,
  TextRun,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import type { CitationRun } from '../cite';
import { cleanText } from './cleanText';
import type { FootnoteCitationEntry, IndexGroup } from './documentLayout';
import { footnoteList } from './footnoteList';

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
 * One group of the Index of Authorities: a `TOA \c "N" \p` field whose result, until Word updates it, lists each
 * authority once with the footnotes that cite it ("passim" from the case's threshold, as Word's `\p` switch writes it
 * from five pages). Word replaces that with page numbers.
 */
export function tableOfAuthoritiesField(
  group: IndexGroup,
  style: 'oscola' | 'bluebook',
  passimThreshold: number,
): Paragraph[] {
  return group.entries.map((entry, index) => {
    const children: ParagraphChild[] = [];
    if (index === 0) {
      children.push(
        fieldRun([fieldCharacter('begin'), ` TOA \\c "${group.category}" \\p `, fieldCharacter('separate')]),
      );
    }
    const cited =
      entry.footnotes.length >= passimThreshold
        ? new TextRun({ children: [new Tab(), 'passim'], italics: true })
        : new TextRun({ children: [new Tab(), footnoteList(entry.footnotes, style)] });
    children.push(...citationRuns(entry.runs), cited);
    if (index === group.entries.length - 1) children.push(fieldRun([fieldCharacter('end')]));
    return new Paragraph({ style: 'TableofAuthorities', children });
  });
}
