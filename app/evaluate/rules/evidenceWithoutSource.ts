import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';

const EVIDENCE = KIND_CODES.evidence;

/** Evidence that cites nothing. */
export const evidenceWithoutSource: GapRule = {
  id: 'evidence-without-source',
  severity: 'error',
  check({ scope, nodes, table }) {
    const findings: Finding[] = [];
    const { kinds } = table;
    const { start } = table.citations;
    for (const index of scope) {
      if (kinds[index] !== EVIDENCE) continue;
      if (start[index + 1]! > start[index]!) continue;
      const node = nodes[index]!;
      const message = `${describeNode(node)} cites no source.`;
      const hint = 'Cite the document, record or report the fact comes from, with a pinpoint.';
      findings.push(createFinding(evidenceWithoutSource, node.id, message, hint));
    }
    return findings;
  },
};
