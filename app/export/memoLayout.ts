import { answerTo, briefAnswer } from './briefAnswer';
import { caseName, formatLongDate, sideLabel } from './caseNames';
import type { LayoutBlock, LayoutPart } from './documentLayout';
import type { LayoutContext } from './layoutContext';
import { part } from './memorialLayout';
import { pleadArgument } from './pleadArgument';
import { questionsPresented } from './questionsPresented';
import { asQuestion } from './sentence';
import { statementOfFacts } from './statementOfFacts';

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
      items: issues.map((issue) => [
        { type: 'paragraph', content: [{ type: 'text', text: briefAnswer(issue, context.sides, side) }] },
      ]),
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
          content: [{ type: 'text', text: `${asQuestion(issue.title)} ${answerTo(issue, context.sides, side)[0]}.` }],
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
