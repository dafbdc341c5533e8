import { describeParty } from './caseNames';
import type { LayoutBlock } from './documentLayout';
import { forumAddress, type LayoutContext, taggedNodes } from './layoutContext';
import { opposite } from './nodeSides';
import { pleadedPoints } from './pleadArgument';
import { continueSentence } from './sentence';

/** The relief the side asks for: nodes tagged "relief", else the side's main points, as declarations. */
export function prayerForRelief(context: LayoutContext): LayoutBlock[] {
  const { info, side } = context;
  const tagged = taggedNodes(context.nodes, 'relief');
  const points = (tagged.length > 0 ? tagged : pleadedPoints(context.nodes, context.sides, side))
    .map((node) => continueSentence(node.title, context.lowerCaseWords).replace(/[.;,\s]+$/, ''))
    .filter((title) => title !== '');
  if (points.length === 0) {
    points.push(
      side === 'respondent'
        ? `the claims of ${describeParty(info, opposite(side))} are rejected`
        : '[state the relief requested]',
    );
  }
  const party = describeParty(info, side);
  return [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `For these reasons, ${party} respectfully requests ${forumAddress(info)} to adjudge and declare that:`,
        },
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: points.map((point, index) => [
        { type: 'paragraph', content: [{ type: 'text', text: `${point}${index === points.length - 1 ? '.' : ';'}` }] },
      ]),
    },
  ];
}
