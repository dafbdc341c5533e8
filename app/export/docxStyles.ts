import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from 'docx';

/** The width of an A4 page and its text, in twips: 21 cm less 2.5 cm margins on each side. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = 'Times New Roman';
const heading = (
  size: number,
  options: { bold?: boolean; italics?: boolean; center?: boolean; caps?: boolean } = {},
) => ({
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: {
    font: FONT,
    size,
    bold: options.bold ?? true,
    italics: options.italics ?? false,
    allCaps: options.caps ?? false,
    color: '000000',
  },
  paragraph: {
    spacing: { before: 240, after: 120 },
    keepNext: true,
    keepLines: true,
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
  },
});

/** Paragraph and character styles: Times New Roman 12, footnotes 10, Word's Heading 1–5 and table-of-authorities styles. */
export function docxStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 24 },
        paragraph: { spacing: { after: 160, line: 300, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: 36, bold: true, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
      },
      heading1: heading(28, { center: true, caps: true }),
      heading2: heading(24),
      heading3: heading(24),
      heading4: heading(24, { bold: true, italics: true }),
      heading5: heading(24, { bold: false, italics: true }),
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 28, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
      },
      { id: 'Centered', name: 'Centered', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER } },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: { indent: { left: 720, right: 720 } },
      },
      { id: 'DraftingNote', name: 'Drafting Note', basedOn: 'Normal', run: { italics: true, color: '595959' } },
      {
        id: 'Closing',
        name: 'Closing',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 240 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Heading1',
        next: 'Normal',
        uiPriority: 39,
        quickFormat: true,
        paragraph: { outlineLevel: 9 },
      },
      {
        id: 'MemoField',
        name: 'Memo Field',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 }, leftTabStop: 1134, indent: { left: 1134, hanging: 1134 } },
      },
      {
        id: 'TOAHeading',
        name: 'toa heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
    ],
  };
}

const indent = (level: number, hanging = 567) => ({ paragraph: { indent: { left: 567 * (level + 1), hanging } } });

/** Lists: the argument's headings I., A., 1., (a), bulleted lists and numbered lists. */
export function docxNumbering(): INumberingOptions {
  const argumentLevels = [
    { format: LevelFormat.UPPER_ROMAN, text: '%1.' },
    { format: LevelFormat.UPPER_LETTER, text: '%2.' },
    { format: LevelFormat.DECIMAL, text: '%3.' },
    { format: LevelFormat.LOWER_LETTER, text: '(%4)' },
  ];
  const bullets = ['•', '◦', '▪'];
  const ordered = [
    { format: LevelFormat.DECIMAL, text: '%1.' },
    { format: LevelFormat.LOWER_LETTER, text: '(%2)' },
    { format: LevelFormat.LOWER_ROMAN, text: '(%3)' },
  ];
  const nine = Array.from({ length: 9 }, (_, level) => level);
  return {
    config: [
      {
        reference: 'argument',
        levels: argumentLevels.map((level, index) => ({
          level: index,
          ...level,
          alignment: AlignmentType.START,
          style: indent(index, 567),
        })),
      },
      {
        reference: 'bullets',
        levels: nine.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bullets[level % 3]!,
          alignment: AlignmentType.START,
          style: indent(level, 360),
        })),
      },
      {
        reference: 'ordered',
        levels: nine.map((level) => ({
          level,
          ...ordered[level % 3]!,
          alignment: AlignmentType.START,
          style: indent(level, 567),
        })),
      },
    ],
  };
}

/**
 * Word's "table of authorities" style with a dot leader before the page numbers, which style options cannot give a
 * tab stop. Given as the document's external styles, it keeps docx's defaults, and Word keeps it when it updates the index.
 */
export const TABLE_OF_AUTHORITIES_STYLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="TableofAuthorities"><w:name w:val="table of authorities"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:ind w:left="567" w:hanging="567"/></w:pPr></w:style></w:styles>`;
