import { type CitationRun, convertPinpoint } from '../cite';
import type { DocumentNode } from '../interchange/documentSchema';
import type { NodeKind } from '../model/types';
import { bodyToLayout, type CitationWriter } from './bodyToLayout';
import { caseName, sideLabel } from './caseNames';
import type { LayoutBlock, LayoutInline, LayoutPart } from './documentLayout';
import type { NoteCitation } from './footnoteWriter';
import type { LayoutContext } from './layoutContext';

const KIND_NAMES: Record<NodeKind, string> = {
  issue: 'Issue',
  claim: 'Claim',
  rule: 'Rule',
  evidence: 'Evidence',
  counter: 'Counter',
  response: 'Response',
  note: 'Note',
  question: 'Question',
};

/** A bench question and the node it tests. */
interface BenchQuestion {
  question: DocumentNode;
  attacks: DocumentNode | undefined;
}

/** The side's bench questions in reading order, each with the node it is attached to. */
function benchQuestions(context: LayoutContext): BenchQuestion[] {
  const found: BenchQuestion[] = [];
  const visit = (nodes: readonly DocumentNode[], parent: DocumentNode | undefined) => {
    for (const node of nodes) {
      if (node.kind === 'question' && context.sides.get(node) === context.side) {
        found.push({ question: node, attacks: parent });
      }
      visit(node.children ?? [], node);
    }
  };
  visit(context.nodes, undefined);
  return found;
}

/**
 * Citations written into the answer's text by their short form, so that a card stands alone: in brackets,
 * "(Resolution 1718, para 8(a))", or, after a signal, as the clause it ends, "see *Bosnian Genocide*, para 209", the
 * names of cases in italics and the pinpoints in the case's style. The authorities cited are remembered for the
 * card's list in full.
 */
class CardCitations implements CitationWriter {
  readonly keys: string[] = [];

  constructor(private readonly context: LayoutContext) {}

  cite(citations: readonly NoteCitation[]): LayoutInline[] {
    const out: LayoutInline[] = [];
    const signalled = Boolean(citations[0]?.signal);
    if (!signalled) out.push(text('('));
    citations.forEach((citation, index) => {
      if (!this.keys.includes(citation.key)) this.keys.push(citation.key);
      const { short, type } = this.context.notes.reference(citation.key);
      const pinpoint = convertPinpoint(citation.pinpoint, this.context.style);
      if (index > 0) out.push(text('; '));
      if (citation.signal)
        out.push(text(`${citation.signal} `, this.context.style === 'bluebook' ? { italic: true } : {}));
      out.push(text(signalled ? short : unbracketed(short, type), type === 'case' ? { italic: true } : {}));
      if (pinpoint !== '') out.push(text(`, ${pinpoint}`));
    });
    if (!signalled) out.push(text(')'));
    return mergeText(out);
  }

  /** The authorities cited, in the order first cited, each in full. */
  entries(): CitationRun[][] {
    return this.keys.map((key) => this.context.notes.reference(key).entry);
  }
}

function text(value: string, format: { bold?: boolean; italic?: boolean } = {}): LayoutInline {
  return { type: 'text', text: value, ...format };
}

/**
 * A short form that ends in brackets of its own, "Kyiv Independent (13 October 2023)", as it reads inside the
 * citation's brackets: "Kyiv Independent, 13 October 2023". A case's name keeps its own ("Nicaragua (Merits)").
 */
function unbracketed(short: string, type: string): string {
  const match = /^(.*\S)\s+\(([^()]+)\)$/.exec(short);
  return match && type !== 'case' ? `${match[1]}, ${match[2]}` : short;
}

/** Joins neighbouring runs of text in the same format ("(" and a roman short form become one run). */
function mergeText(inlines: readonly LayoutInline[]): LayoutInline[] {
  const merged: LayoutInline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && inline.type === 'text' && Boolean(last.italic) === Boolean(inline.italic)) {
      last.text += inline.text;
    } else merged.push({ ...inline });
  }
  return merged;
}

/** One card: the question, the node it tests, the prepared answer and the authorities that answer cites. */
function card({ question, attacks }: BenchQuestion, number: number, context: LayoutContext): LayoutBlock {
  const fields = [
    { label: 'Tests', value: attacks ? `${KIND_NAMES[attacks.kind]}: ${attacks.title.trim()}` : 'The case as a whole' },
  ];
  if (question.difficulty) fields.push({ label: 'Difficulty', value: question.difficulty });
  const citations = new CardCitations(context);
  const answer = question.body?.content.length
    ? bodyToLayout(question.body, citations, [text('Answer:', { bold: true })])
    : [{ type: 'paragraph' as const, content: [text('No answer is prepared yet.', { italic: true })] }];
  const entries = citations.entries();
  const authorities: LayoutBlock[] =
    entries.length === 0
      ? []
      : [
          { type: 'paragraph', content: [text('Authorities', { bold: true })] },
          {
            type: 'list',
            ordered: false,
            items: entries.map((runs) => [
              { type: 'paragraph', content: runs.map((run) => text(run.text, run.italic ? { italic: true } : {})) },
            ]),
          },
        ];
  return {
    type: 'card',
    title: [text(`${number}. ${question.title.trim()}`)],
    blocks: [{ type: 'fields', fields }, ...answer, ...authorities],
    ...(question.id !== undefined ? { nodeId: question.id } : {}),
  };
}

/** Bench-question cards for one side: a heading, then one card per question that side must answer. */
export function cardsParts(context: LayoutContext): LayoutPart[] {
  const questions = benchQuestions(context);
  const count = questions.length;
  const heading: LayoutBlock[] = [
    { type: 'paragraph', style: 'title', content: [text('Bench Questions')] },
    { type: 'paragraph', style: 'center', content: [text(caseName(context.info, context.style))] },
    {
      type: 'paragraph',
      style: 'subtitle',
      content: [
        text(`For the ${sideLabel(context.side)}: ${count === 0 ? 'no' : count} question${count === 1 ? '' : 's'}`),
      ],
    },
  ];
  if (count === 0) {
    heading.push({
      type: 'paragraph',
      content: [text(`No bench question threatens the ${sideLabel(context.side)} yet.`)],
    });
  }
  const cards = questions.map((question, index) => card(question, index + 1, context));
  return [{ id: 'benchCards', title: '', blocks: [...heading, ...cards], newPage: false }];
}
