import { ERROR_STATES } from '../../citecheck/citationCheck';
import { type Command, openCase, printJson } from '../command';

const MARKS = {
  verified: '✓',
  'pinpoint-not-in-source': '✗',
  'quote-not-in-source': '✗',
  'no-source': '·',
  'authority-missing': '✗',
} as const;

/**
 * `casewright citecheck <file> [--json]`: every citation held against its source, in reading order;
 * exit 1 when a citation is in an error state that nobody has checked by hand.
 */
export const run: Command = async ({ rest, options, api, io }) => {
  await openCase(api, rest, 1);
  const { citations } = await api['citecheck-get']({});
  if (options.json) {
    printJson(io, {
      citations: citations.map(({ nodeId, key, pinpoint, state, quote, reason, passage, checkedBy, checkedOn }) => ({
        nodeId,
        key,
        pinpoint,
        state,
        quote,
        reason,
        passage,
        checkedBy,
        checkedOn,
      })),
    });
  } else if (citations.length === 0) {
    io.out('The case has no citations.');
  } else {
    const lines = citations.map((citation) => {
      const place = `#${citation.nodeId} [@${citation.key}${citation.pinpoint ? `, ${citation.pinpoint}` : ''}]`;
      const hand = citation.checkedBy ? ` (checked by hand by ${citation.checkedBy} on ${citation.checkedOn})` : '';
      return `${MARKS[citation.state]} ${citation.state.padEnd(22)} ${place}: ${citation.reason}${hand}`;
    });
    const counts = new Map<string, number>();
    for (const citation of citations) counts.set(citation.state, (counts.get(citation.state) ?? 0) + 1);
    const summary = [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
    io.out(`${lines.join('\n')}\n\n${citations.length} citations: ${summary}.`);
  }
  const failing = citations.some((citation) => ERROR_STATES.has(citation.state) && citation.checkedBy === null);
  return failing ? 1 : 0;
};
