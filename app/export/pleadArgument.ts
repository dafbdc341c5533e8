import type { DocumentNode } from '../interchange/documentSchema';
import type { Side } from '../model/types';
import { argumentNumber } from './argumentNumber';
import { bodyToLayout } from './bodyToLayout';
import type { LayoutBlock, LayoutInline } from './documentLayout';
import type { FootnoteWriter } from './footnoteWriter';
import { asSentence, continueSentence } from './sentence';

/** What writing the argument tree needs: footnotes, whose each node is, and whose document it is. */
export interface ArgumentContext {
  notes: FootnoteWriter;
  sides: ReadonlyMap<DocumentNode, Side>;
  side: Side;
  includeNotes: boolean;
  /** Adds each claim's status under its heading (the memo's objective assessment). */
  assessments: boolean;
  /** Words the case writes in lower case: a response's first word among them is lower-cased after "However, ". */
  lowerCaseWords?: ReadonlySet<string>;
}

/** How deep numbered headings go (I., A., 1., (a)); deeper levels are paragraphs. */
const HEADING_DEPTHS = 4;

const STATUS_WORDS = {
  established: 'established on the present evidence',
  contested: 'contested',
  unsupported: 'not yet supported',
  defeated: 'defeated by the objections against it',
};

/**
 * The argument tree as the side's pleading: issues and the side's claims and objections as numbered headings,
 * rules and evidence as paragraphs, the other side's arguments as "It may be argued that …" answered by responses.
 */
export function pleadArgument(nodes: readonly DocumentNode[], context: ArgumentContext): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const counters: number[] = [];
  const text = (value: string, bold = false): LayoutInline => ({
    type: 'text',
    text: value,
    ...(bold ? { bold } : {}),
  });

  const written = (node: DocumentNode, produced: LayoutBlock[]) => {
    for (const block of produced) {
      if ((block.type === 'paragraph' || block.type === 'list') && node.id !== undefined) block.nodeId = node.id;
      blocks.push(block);
    }
  };

  const heading = (node: DocumentNode, depth: number) => {
    if (depth >= HEADING_DEPTHS) {
      written(node, bodyToLayout(node.body, context.notes, [text(asSentence(node.title), true)]));
      return;
    }
    counters[depth] = (counters[depth] ?? 0) + 1;
    counters.length = depth + 1;
    blocks.push({
      type: 'argumentHeading',
      depth,
      number: argumentNumber(depth, counters[depth]!),
      content: [text(node.title.trim())],
      anchor: `node-${node.id ?? 0}`,
    });
    if (context.assessments && node.kind !== 'issue' && node.status) {
      blocks.push({ type: 'paragraph', style: 'note', content: [text(`Assessment: ${STATUS_WORDS[node.status]}.`)] });
    }
    written(node, bodyToLayout(node.body, context.notes));
  };

  const visit = (node: DocumentNode, depth: number) => {
    const children = node.children ?? [];
    const ours = context.sides.get(node) === context.side;
    switch (node.kind) {
      case 'note':
        if (!context.includeNotes) return;
        written(node, bodyToLayout(node.body, context.notes, [text(`Note: ${asSentence(node.title)}`)], 'note'));
        break;
      case 'rule':
      case 'evidence':
        written(
          node,
          bodyToLayout(node.body, context.notes, node.title.trim() ? [text(asSentence(node.title), true)] : []),
        );
        break;
      case 'issue':
        heading(node, depth);
        for (const child of children) visit(child, depth + 1);
        return;
      default: {
        if (ours && node.kind !== 'response') {
          heading(node, depth);
          for (const child of children) visit(child, depth + 1);
          return;
        }
        const opening = ours
          ? 'However, '
          : node.kind === 'response'
            ? 'It may be replied that '
            : 'It may be argued that ';
        const sentence = asSentence(`${opening}${continueSentence(node.title, context.lowerCaseWords)}`);
        written(node, bodyToLayout(node.body, context.notes, [text(sentence, ours)]));
      }
    }
    for (const child of children) visit(child, depth);
  };

  for (const node of nodes) visit(node, 0);
  return blocks;
}

/** The side's headings directly below each issue (or the top-level headings when there are no issues). */
export function pleadedPoints(nodes: readonly DocumentNode[], sides: ReadonlyMap<DocumentNode, Side>, side: Side) {
  const points: DocumentNode[] = [];
  const collect = (node: DocumentNode) => {
    if (node.kind === 'note' || node.kind === 'rule' || node.kind === 'evidence') return;
    if (sides.get(node) === side && (node.kind === 'claim' || node.kind === 'counter')) points.push(node);
    else for (const child of node.children ?? []) collect(child);
  };
  for (const node of nodes) {
    if (node.kind === 'issue') for (const child of node.children ?? []) collect(child);
    else collect(node);
  }
  return points;
}
