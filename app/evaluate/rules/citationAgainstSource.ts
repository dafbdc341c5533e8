import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { CitationOutcome } from '../evaluation';
import type { Finding } from '../finding';
import type { GapContext } from '../gapContext';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';
import { quote } from '../quote';

const NOTE = KIND_CODES.note;

/** The findings of one rule about citations in one state that nobody has checked by hand: one per citation. */
export function uncheckedCitations(
  rule: GapRule,
  state: CitationOutcome['state'],
  context: GapContext,
  describe: (citation: CitationOutcome) => { message: string; hint: string },
): Finding[] {
  const findings: Finding[] = [];
  if (context.citationChecks.size === 0) return findings;
  for (let index = 0; index < context.nodes.length; index++) {
    if (context.table.kinds[index] === NOTE) continue;
    const node = context.nodes[index]!;
    for (const citation of context.citationChecks.get(node.id) ?? []) {
      if (citation.state !== state || citation.checked) continue;
      const { message, hint } = describe(citation);
      findings.push(createFinding(rule, node.id, `${describeNode(node)} ${message}`, hint, citation.key));
    }
  }
  return findings;
}

/** How a citation is named in a message: `“pulpmills” at para 7`. */
export function citationLabel(citation: CitationOutcome): string {
  return citation.pinpoint === '' ? quote(citation.key) : `${quote(citation.key)} at ${citation.pinpoint}`;
}
