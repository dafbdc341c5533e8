import type { CitationRun } from '../cite';
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
 * Citations written into the answer's text by their short form, "(Resolution 1718, para 8(a))", so that a card
 * stands alone; the authorities it cites are remembered for its list in full.
 */
class CardCitations implements CitationWriter {
  readonly keys: string[] = [];

  constructor(private readonly context: LayoutContext) {}

  cite(citations: readonly NoteCitation[]): LayoutInline {
    const references = citations.map((citation) => {
      if (!this.keys.includes(citation.key)) this.keys.push(citation.key);
      const { short } = this.context.notes.reference(citation.key);
      const pinpoint = citation.pinpoint.trim() === '' ? '' : `, ${citation.pinpoint.trim()}`;
      return `${citation.signal ? `${citation.signal} ` : ''}${short}${pinpoint}`;
    });
    return { type: 'text', text: `(${references.join('; ')})` };
  }

  /** The authorities cited, in the order first cited, each in full. */
  entries(): CitationRun[][] {
    return this.keys.map((key) => this.context.notes.reference(key).entry);
  }
}

function text(value: string, format: { bold?: boolean; italic?: boolean } = {}): LayoutInline {
  return { type: 'text', text: value, ...format };
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
