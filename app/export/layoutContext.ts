import type { CslStyle } from '../cite';
import type { DocumentNode } from '../interchange/documentSchema';
import type { CaseInfo, CitationStyle, Side } from '../model/types';
import type { PartId } from './documentLayout';
import type { FootnoteWriter } from './footnoteWriter';

/** Choices the user makes for one export. */
export interface LayoutOptions {
  /** Whose document it is; default the case's side, the applicant for a case of both sides. */
  side?: Side;
  /** Drafting notes are left out unless this is set. */
  includeNotes?: boolean;
  /** Word limits per part for this export; default the case's own (its settings). */
  wordLimits?: Partial<Record<PartId, number>>;
  /** Minutes of the oral argument (outline); default 15. */
  minutes?: number;
  /** The memo's addressee and author; the date of every layout (default today). */
  memoTo?: string;
  memoFrom?: string;
  date?: Date;
  /** A CSL style that writes the footnotes and the Index of Authorities instead of the case's own style. */
  csl?: CslStyle;
  /** A memorial ends with an annex of the argument map, one figure per issue. */
  mapAnnex?: boolean;
}

/** What every layout builder reads: the case, its tree, and the writer of footnotes shared by all parts. */
export interface LayoutContext {
  info: CaseInfo;
  nodes: readonly DocumentNode[];
  issues: readonly DocumentNode[];
  notes: FootnoteWriter;
  sides: ReadonlyMap<DocumentNode, Side>;
  side: Side;
  style: CitationStyle;
  includeNotes: boolean;
  options: LayoutOptions;
  date: Date;
  /** Words the case writes in lower case within its sentences: a title continuing a sentence lower-cases them. */
  lowerCaseWords: ReadonlySet<string>;
}

/** "the Court", "the Tribunal": how the pleading addresses the forum. */
export function forumAddress(info: CaseInfo): string {
  if (/tribunal/i.test(info.forum)) return 'the Tribunal';
  if (/panel/i.test(info.forum)) return 'the Panel';
  return 'the Court';
}

/** Nodes carrying a tag, in reading order. */
export function taggedNodes(nodes: readonly DocumentNode[], tag: string): DocumentNode[] {
  const found: DocumentNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tags?.some((candidate) => candidate.toLowerCase() === tag)) found.push(node);
    stack.push(...[...(node.children ?? [])].reverse());
  }
  return found;
}
