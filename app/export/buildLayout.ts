import type { CasewrightDocument, DocumentNode } from '../interchange/documentSchema';
import type { CaseInfo } from '../model/types';
import { cardsParts } from './cardsLayout';
import { caseName, sideLabel } from './caseNames';
import { countWords } from './countWords';
import type {
  DocumentLayout,
  ExportWarning,
  LayoutBlock,
  LayoutName,
  LayoutPart,
  PartWordCount,
} from './documentLayout';
import { FootnoteWriter } from './footnoteWriter';
import type { LayoutContext, LayoutOptions } from './layoutContext';
import { memoParts } from './memoLayout';
import { memorialParts } from './memorialLayout';
import { assignSides } from './nodeSides';
import { outlineParts } from './outlineLayout';
import { presentedIssues } from './questionsPresented';
import { formatCount, lowerCaseWords } from './sentence';

const BUILDERS: Record<LayoutName, (context: LayoutContext) => LayoutPart[]> = {
  memo: memoParts,
  memorial: memorialParts,
  outline: outlineParts,
  cards: cardsParts,
};

/**
 * Lays a case out as a memo, a memorial or an oral-argument outline for one side, with its footnotes, its Index of
 * Authorities, each part's word count and the warnings to show before export. `document` is the case as
 * `exportDocument` writes it, with statuses.
 */
export function buildLayout(
  layout: LayoutName,
  document: CasewrightDocument,
  info: CaseInfo,
  options: LayoutOptions = {},
): DocumentLayout {
  const caseSide = info.side === 'both' ? 'applicant' : info.side;
  const side = options.side ?? caseSide;
  const nodes = document.nodes ?? [];
  const notes = new FootnoteWriter(info.citationStyle, document.authorities ?? [], options.csl?.formatter());
  const context: LayoutContext = {
    info,
    nodes,
    issues: presentedIssues(nodes),
    notes,
    sides: assignSides(nodes, caseSide),
    side,
    style: info.citationStyle,
    includeNotes: options.includeNotes ?? false,
    options,
    date: options.date ?? new Date(),
    lowerCaseWords: lowerCaseWords(caseTexts(nodes)),
  };
  const parts = BUILDERS[layout](context);
  dropMissingAnchors(parts);
  const wordCounts: PartWordCount[] = parts
    .filter((part) => part.title !== '' && part.id !== 'contents' && part.id !== 'authorities')
    .map((part) => ({
      part: part.id,
      title: part.title,
      words: countWords(part.blocks),
      limit: (options.wordLimits ?? info.wordLimits)[part.id] ?? null,
    }));
  const warnings: ExportWarning[] = wordCounts
    .filter((count) => count.limit !== null && count.words > count.limit)
    .map((count) => ({
      code: 'word-limit',
      part: count.part,
      message: `${count.title}: ${formatCount(count.words)} words, over the limit of ${formatCount(count.limit!)} by ${formatCount(count.words - count.limit!)}.`,
    }));
  const layoutTitle = {
    memo: 'Memorandum',
    memorial: `Memorial for the ${sideLabel(side)}`,
    outline: 'Oral Argument Outline',
    cards: 'Bench Questions',
  };
  return {
    layout,
    side,
    title: `${caseName(info, info.citationStyle)}: ${layoutTitle[layout]}`,
    language: info.citationStyle === 'bluebook' ? 'en-US' : 'en-GB',
    style: info.citationStyle,
    parts,
    footnotes: notes.footnotes,
    authorities: notes.index(),
    passimThreshold: info.passimThreshold,
    wordCounts,
    warnings: [...warnings, ...notes.warnings],
  };
}

function* caseTexts(nodes: readonly DocumentNode[]): Generator<string> {
  for (const node of nodes) {
    yield node.title;
    if (node.text) yield node.text;
    if (node.children) yield* caseTexts(node.children);
  }
}

function dropMissingAnchors(parts: readonly LayoutPart[]): void {
  const anchors = new Set<string>();
  const visit = (blocks: readonly LayoutBlock[], apply: (block: LayoutBlock) => void) => {
    for (const block of blocks) {
      apply(block);
      if (block.type === 'list') for (const item of block.items) visit(item, apply);
      if (block.type === 'card') visit(block.blocks, apply);
    }
  };
  for (const part of parts)
    visit(part.blocks, (block) => block.type === 'argumentHeading' && anchors.add(block.anchor));
  for (const part of parts) {
    visit(part.blocks, (block) => {
      if (block.type !== 'paragraph' && block.type !== 'argumentHeading') return;
      for (const inline of block.content)
        if (inline.type === 'text' && inline.anchor && !anchors.has(inline.anchor)) delete inline.anchor;
    });
  }
}
