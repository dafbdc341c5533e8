import type { DocumentNode } from '../interchange/documentSchema';
import type { Status } from '../model/types';
import { caseName, formatLongDate, sideLabel } from './caseNames';
import type { LayoutBlock, LayoutPart } from './documentLayout';
import type { LayoutContext } from './layoutContext';
import { part } from './memorialLayout';
import { pleadArgument } from './pleadArgument';
import { questionsPresented } from './questionsPresented';
import { asQuestion, asSentence } from './sentence';
import { statementOfFacts } from './statementOfFacts';

const ANSWERS: Record<Status | 'none', [string, string]> = {
  established: ['Probably yes', 'the argument is established on the present evidence'],
  contested: ['Possibly', 'the argument is contested, and the answer turns on the points still in dispute'],
  unsupported: ['Not yet', 'the argument is not yet supported by rules and evidence'],
  defeated: ['Probably no', 'the objections against the argument prevail on the present evidence'],
  none: ['Not assessed', 'the issue has not been evaluated'],
};

/** The brief answer to an issue, from its status: "Probably yes: the argument is established on the present evidence." */
function briefAnswer(status: Status | undefined): string {
  const [answer, reason] = ANSWERS[status ?? 'none'];
  return `${answer}: ${reason}.`;
}

function claimStatuses(issue: DocumentNode): string {
  return (issue.children ?? [])
    .filter((child) => child.kind === 'claim' && child.status)
    .map((child) => `${asSentence(child.title).replace(/\.$/, '')}: ${child.status}.`)
    .join(' ');
}

/** The parts of a legal memo: heading block, questions presented, brief answers, facts, discussion, conclusion. */
export function memoParts(context: LayoutContext): LayoutPart[] {
  const { info, side, style, issues } = context;
  const heading: LayoutBlock[] = [
    { type: 'paragraph', style: 'title', content: [{ type: 'text', text: 'Memorandum' }] },
    {
      type: 'fields',
      fields: [
        { label: 'To', value: context.options.memoTo?.trim() || `Counsel for the ${sideLabel(side)}` },
        { label: 'From', value: context.options.memoFrom?.trim() || '[Author]' },
        { label: 'Date', value: formatLongDate(context.date, style) },
        { label: 'Re', value: info.title.trim() || caseName(info, style) },
      ],
    },
  ];
  const questions = questionsPresented(issues);
  const answers: LayoutBlock[] = [
    {
      type: 'list',
      ordered: true,
      items: issues.map((issue) => {
        const details = claimStatuses(issue);
        return [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: `${briefAnswer(issue.status)}${details ? ` ${details}` : ''}` }],
          },
        ];
      }),
    },
  ];
  const facts = statementOfFacts(context.nodes, context.notes, context.includeNotes);
  const discussion = pleadArgument(context.nodes, { ...context, assessments: true });
  const conclusion: LayoutBlock[] = [
    { type: 'paragraph', content: [{ type: 'text', text: 'For the reasons given in the Discussion:' }] },
    {
      type: 'list',
      ordered: true,
      items: issues.map((issue) => [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: `${asQuestion(issue.title)} ${ANSWERS[issue.status ?? 'none'][0]}.` }],
        },
      ]),
    },
  ];
  return [
    { id: 'memoHeading', title: '', blocks: heading, newPage: false },
    part('questions', questions),
    part('answers', issues.length > 0 ? answers : questions),
    part('facts', facts),
    part('discussion', discussion),
    part('conclusion', issues.length > 0 ? conclusion : [conclusion[0]!]),
  ];
}
