import { argumentNumber } from './argumentNumber';
import { caseName, describeParty, formatLongDate, sideLabel } from './caseNames';
import { countWords } from './countWords';
import type { LayoutBlock, LayoutInline, LayoutPart, PartId } from './documentLayout';
import { PART_TITLES } from './documentLayout';
import { forumAddress, type LayoutContext, taggedNodes } from './layoutContext';
import { mapAnnex } from './mapAnnex';
import { opposite } from './nodeSides';
import { pleadArgument, pleadedPoints } from './pleadArgument';
import { prayerForRelief } from './prayerForRelief';
import { questionsPresented } from './questionsPresented';
import { asSentence, formatCount } from './sentence';
import { statementOfFacts } from './statementOfFacts';

const text = (value: string, bold = false): LayoutInline => ({ type: 'text', text: value, ...(bold ? { bold } : {}) });
const paragraph = (value: string, style?: 'center' | 'title' | 'subtitle' | 'closing'): LayoutBlock => ({
  type: 'paragraph',
  content: [text(value)],
  ...(style ? { style } : {}),
});

/** A part with its standard heading. */
export function part(id: PartId, blocks: LayoutBlock[], newPage = false): LayoutPart {
  return { id, title: PART_TITLES[id], blocks, newPage };
}

/**
 * The parts of a memorial, in the order moot rules ask for: cover, contents, index of authorities, jurisdiction,
 * questions, facts, summary of pleadings, pleadings, prayer for relief (closing with the pleadings' word count), and
 * when asked an annex of the argument map.
 */
export function memorialParts(context: LayoutContext): LayoutPart[] {
  const { info, side, style } = context;
  const cover: LayoutBlock[] = [];
  if (info.forum.trim()) cover.push(paragraph(info.forum.trim(), 'subtitle'));
  const name = caseName(info, style);
  if (info.title.trim() && info.title.trim() !== name) cover.push(paragraph(info.title.trim(), 'center'));
  cover.push(paragraph(name, 'title'));
  cover.push(paragraph(`Memorial for the ${sideLabel(side)}`, 'subtitle'));
  cover.push(paragraph(formatLongDate(context.date, style), 'center'));

  const jurisdiction = statementOfJurisdiction(context);
  const questions = questionsPresented(context.issues);
  const facts = statementOfFacts(context.nodes, context.notes, context.includeNotes);
  const summary = summaryOfPleadings(context);
  const pleadings = pleadArgument(context.nodes, { ...context, assessments: false });
  const relief = [
    ...prayerForRelief(context),
    paragraph('Respectfully submitted,', 'closing'),
    paragraph(`Counsel for the ${sideLabel(side)}`, 'closing'),
    paragraph(`Word count of the pleadings: ${formatCount(countWords(pleadings))}`),
  ];
  return [
    { id: 'cover', title: '', blocks: cover, newPage: false },
    part('contents', [{ type: 'contents' }], true),
    part('authorities', [{ type: 'authorities' }], true),
    part('jurisdiction', jurisdiction, true),
    part('questions', questions, true),
    part('facts', facts, true),
    part('summary', summary, true),
    part('pleadings', pleadings, true),
    part('relief', relief, true),
    ...(context.options.mapAnnex ? [part('annex', mapAnnex(context.issues, info.title.trim() || name), true)] : []),
  ];
}

function statementOfJurisdiction(context: LayoutContext): LayoutBlock[] {
  const { info, side } = context;
  const grounds = taggedNodes(context.nodes, 'jurisdiction')
    .flatMap((node) => (node.kind === 'issue' ? pleadedPoints(node.children ?? [], context.sides, side) : [node]))
    .map((node) => asSentence(node.title));
  const forum = info.forum.trim() ? withArticle(info.forum.trim()) : forumAddress(info);
  const party = capitalise(describeParty(info, side));
  const opening =
    side === 'applicant'
      ? `${party} submits this dispute to ${forum}.`
      : `${party} appears before ${forum} in the proceedings instituted by ${describeParty(info, opposite(side)).replace(/,$/, '')}.`;
  const placeholder =
    side === 'applicant'
      ? '[State the basis of jurisdiction: a special agreement, a compromissory clause or declarations under Article 36(2) of the Statute.]'
      : '[State whether the Respondent accepts or contests jurisdiction, and on what ground.]';
  return [paragraph(`${opening} ${grounds.length > 0 ? grounds.join(' ') : placeholder}`)];
}

function summaryOfPleadings(context: LayoutContext): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const groups = context.issues.length > 0 ? context.issues : [];
  for (const [index, issue] of groups.entries()) {
    const points = pleadedPoints(issue.children ?? [], context.sides, context.side).map((node) =>
      asSentence(node.title),
    );
    blocks.push({
      type: 'paragraph',
      content: [
        text(`${argumentNumber(0, index + 1)} ${asSentence(issue.title)}`, true),
        ...(points.length ? [text(` ${points.join(' ')}`)] : []),
      ],
    });
  }
  if (blocks.length === 0) {
    const points = pleadedPoints(context.nodes, context.sides, context.side).map((node) => asSentence(node.title));
    blocks.push(paragraph(points.join(' ') || 'The pleadings have no points yet.'));
  }
  return blocks;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function withArticle(forum: string): string {
  return /^the\b/i.test(forum) ? forum : `the ${forum}`;
}
