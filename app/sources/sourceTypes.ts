/** The files a source may be: the formats whose text Casewright extracts. */
export const SOURCE_FILE_FORMATS = ['pdf', 'html', 'docx', 'text'] as const;
export type SourceFileFormat = (typeof SOURCE_FILE_FORMATS)[number];

/** The kinds of unit a pinpoint names: numbered (or operative) paragraphs, articles and pages. */
export type UnitKind = 'paragraph' | 'article' | 'page';

/** One unit of a source's text: `text.slice(start, end)` is its words. */
export interface SourceUnit {
  kind: UnitKind;
  /** As the source numbers it: "101", "8", "2bis", "xii". */
  label: string;
  start: number;
  end: number;
}

/** A block of extracted text (a paragraph, or a line of a PDF), with the label of the page it is on. */
export interface TextBlock {
  text: string;
  page?: string;
}

/** A source's text and the units its pinpoints can name. */
export interface SourceContent {
  text: string;
  units: SourceUnit[];
}
