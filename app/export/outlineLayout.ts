import { bodyCitations } from '../body/bodyText';
import type { DocumentNode } from '../interchange/documentSchema';
import { argumentNumber } from './argumentNumber';
import { caseName, describeParty, sideLabel } from './caseNames';
import type { LayoutBlock, LayoutInline, LayoutPart } from './documentLayout';
import { mergeByAuthority } from './footnoteWriter';
import { forumAddress, type LayoutContext } from './layoutContext';
import { part } from './memorialLayout';
import { prayerForRelief } from './prayerForRelief';

function subtreeSize(node: DocumentNode): number {
  if (node.kind === 'note') return 0;
  return 1 + (node.children ?? []).reduce((sum, child) => sum + subtreeSize(child), 0);
}

/** Splits whole minutes among issues in proportion to their size (largest remainder), so they add up to the total. */
function allocateMinutes(issues: readonly DocumentNode[], total: number): number[] {
  const sizes = issues.map(subtreeSize);
  const sum = sizes.reduce((left, right) => left + right, 0) || 1;
  const exact = sizes.map((size) => (size / sum) * total);
  const minutes = exact.map(Math.floor);
  let left = total - minutes.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of order) {
    if (left <= 0) break;
    minutes[index]! += 1;
    left--;
  }
  return minutes;
}

/** The parts of an oral-argument outline: introduction with the roadmap, the argument as nested points, conclusion. */
export function outlineParts(context: LayoutContext): LayoutPart[] {
  const { info, side, style, issues } = context;
  const total = context.options.minutes ?? 15;
  const minutes = allocateMinutes(issues, total);
  const heading: LayoutBlock[] = [
    { type: 'paragraph', style: 'title', content: [{ type: 'text', text: 'Oral Argument Outline' }] },
    { type: 'paragraph', style: 'center', content: [{ type: 'text', text: caseName(info, style) }] },
    {
      type: 'paragraph',
      style: 'subtitle',
      content: [{ type: 'text', text: `For the ${sideLabel(side)}: ${total} minute${total === 1 ? '' : 's'}` }],
    },
  ];
  const introduction: LayoutBlock[] = [
    {
      type: 'paragraph',
      content: [
        text(`May it please ${forumAddress(info)}. I appear for ${describeParty(info, side).replace(/,$/, '')}.`),
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: `Roadmap: ${issues.length} issue${issues.length === 1 ? '' : 's'}, in this order:` },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: issues.map((issue, index) => [
        paragraph([text(`${argumentNumber(0, index + 1)} ${issue.title.trim()} (${minutes[index]} min)`)]),
      ]),
    },
  ];
  const argument: LayoutBlock[] = [
    {
      type: 'list',
      ordered: false,
      items: issues.map((issue, index) => [
        paragraph([
          text(`${argumentNumber(0, index + 1)} ${issue.title.trim()}`, true),
          text(` (${minutes[index]} min)`),
        ]),
        ...childList(issue, context),
      ]),
    },
  ];
  return [
    { id: 'outlineHeading', title: '', blocks: heading, newPage: false },
    part('introduction', introduction),
    part('argument', argument),
    part('conclusion', prayerForRelief(context)),
  ];
}

function text(value: string, bold = false): LayoutInline {
  return { type: 'text', text: value, ...(bold ? { bold } : {}) };
}

function paragraph(content: LayoutInline[]): LayoutBlock {
  return { type: 'paragraph', content };
}

function childList(node: DocumentNode, context: LayoutContext): LayoutBlock[] {
  const items = (node.children ?? [])
    .filter((child) => child.kind !== 'note' || context.includeNotes)
    .map((child) => [point(child, context), ...childList(child, context)]);
  return items.length > 0 ? [{ type: 'list', ordered: false, items }] : [];
}

function point(node: DocumentNode, context: LayoutContext): LayoutBlock {
  const ours = context.sides.get(node) === context.side;
  const title = node.title.trim();
  const label: Record<DocumentNode['kind'], string> = {
    issue: '',
    claim: ours ? '' : 'Anticipate: ',
    counter: ours ? '' : 'Anticipate: ',
    response: ours ? 'Answer: ' : 'They may reply: ',
    rule: 'Rule: ',
    evidence: 'Evidence: ',
    note: 'Note: ',
    question: 'Bench: ',
  };
  const content: LayoutInline[] = [text(label[node.kind]), text(title, label[node.kind] === '')];
  const sources = mergeByAuthority(node.body ? bodyCitations(node.body) : []);
  if (sources.length > 0) content.push(context.notes.cite(sources));
  return paragraph(content.filter((inline) => inline.type !== 'text' || inline.text !== ''));
}
