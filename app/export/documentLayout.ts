import type { AuthorityGroup, CitationRun } from '../cite';
import type { Side } from '../model/types';

/** The layouts a document export can take. */
export const LAYOUTS = ['memo', 'memorial', 'outline', 'cards'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** The parts of every layout, by id, with the heading each is printed under (none for the cover and heading block). */
export const PART_TITLES = {
  cover: '',
  memoHeading: '',
  outlineHeading: '',
  benchCards: '',
  contents: 'Table of Contents',
  authorities: 'Index of Authorities',
  jurisdiction: 'Statement of Jurisdiction',
  questions: 'Questions Presented',
  answers: 'Brief Answers',
  facts: 'Statement of Facts',
  summary: 'Summary of Pleadings',
  pleadings: 'Pleadings',
  discussion: 'Discussion',
  relief: 'Prayer for Relief',
  conclusion: 'Conclusion',
  introduction: 'Introduction',
  argument: 'Argument',
  annex: 'Annex: Argument Map',
} as const;
export type PartId = keyof typeof PART_TITLES;
export const PART_IDS = Object.keys(PART_TITLES) as PartId[];

/** In a redline: content only the later version has (`insert`) or only the earlier one (`delete`). */
export type LayoutChange = 'insert' | 'delete';

/** Inline content: literal text (never markup) with its formatting, a footnote reference, or a line break. */
export type LayoutInline =
  | {
      type: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      superscript?: boolean;
      href?: string;
      anchor?: string;
      change?: LayoutChange;
    }
  /** In a redline, `was` is the earlier footnote's number where this one revises it (its call unchanged). */
  | { type: 'footnote'; number: number; change?: LayoutChange; was?: number }
  | { type: 'break'; change?: LayoutChange };

/**
 * A block of a part. `argumentHeading` depth 0–3 is numbered I., A., 1., (a). A paragraph or list written from a
 * node's title or body carries its `nodeId`, so that the preview can say which node a click fell on.
 */
export type LayoutBlock =
  | {
      type: 'paragraph';
      content: LayoutInline[];
      style?: 'center' | 'title' | 'subtitle' | 'quote' | 'note' | 'closing';
      nodeId?: number;
    }
  | { type: 'argumentHeading'; depth: number; number: string; content: LayoutInline[]; anchor: string }
  | { type: 'list'; ordered: boolean; items: LayoutBlock[][]; nodeId?: number }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  /** A bench-question card: its title (the question) and what it holds, kept together in print. */
  | { type: 'card'; title: LayoutInline[]; blocks: LayoutBlock[]; nodeId?: number }
  | { type: 'contents' }
  | { type: 'authorities' }
  /** A figure of the argument map: a standalone SVG (real text) of `width` × `height` pixels, under its caption. */
  | { type: 'map'; caption: string; svg: string; width: number; height: number };

/** One part of a layout: a heading (unless it has none) and its blocks. */
export interface LayoutPart {
  id: PartId;
  title: string;
  blocks: LayoutBlock[];
  /** Starts a new page in print. */
  newPage: boolean;
}

/** One citation in a footnote, with what its TA field and the Index of Authorities need. */
export interface FootnoteCitationEntry {
  authorityKey: string;
  /** The TA field's long and short citations, and its category (1–5 in AUTHORITY_GROUPS order). */
  longCitation: CitationRun[];
  shortCitation: string;
  category: number;
  /** Whether this is the first citation of its authority (where the TA field carries the long citation). */
  first: boolean;
}

/** A stretch of a footnote's text; in a redline, marked where only one version has it. */
export type FootnoteRun = CitationRun & { change?: LayoutChange };

/** A footnote: the formatted text of its citations (one, or several cited together) and the citations themselves. */
export interface LayoutFootnote {
  number: number;
  runs: FootnoteRun[];
  citations: FootnoteCitationEntry[];
  /** In a redline: a footnote only the later (`insert`) or the earlier (`delete`) version has. */
  change?: LayoutChange;
}

/** One authority in the Index of Authorities and the footnotes that cite it. */
export interface IndexEntry {
  key: string;
  runs: CitationRun[];
  shortCitation: string;
  footnotes: number[];
}

/** One group of the Index of Authorities. */
export interface IndexGroup {
  group: AuthorityGroup;
  title: string;
  category: number;
  entries: IndexEntry[];
}

/** A part's word count and the user's limit for it. */
export interface PartWordCount {
  part: PartId;
  title: string;
  words: number;
  limit: number | null;
}

/** Something the user should see before exporting. */
export interface ExportWarning {
  code: 'word-limit' | 'citation-missing-authority' | 'citations-unverified';
  message: string;
  part?: PartId;
}

/** A case laid out as a memo, a memorial, an outline or bench-question cards: what every output format renders. */
export interface DocumentLayout {
  layout: LayoutName;
  side: Side;
  title: string;
  language: string;
  style: 'oscola' | 'bluebook';
  parts: LayoutPart[];
  footnotes: LayoutFootnote[];
  authorities: IndexGroup[];
  /** An authority cited in this many footnotes or more is indexed as "passim" (a case setting). */
  passimThreshold: number;
  wordCounts: PartWordCount[];
  warnings: ExportWarning[];
  /** A redline: who made the changes marked in it, and when. */
  revision?: { author: string; date: string };
}
