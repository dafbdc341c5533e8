import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';
import { quote } from '../quote';

const NOTE = KIND_CODES.note;

/** A citation of a key that no authority has; one finding per node and key, which it names (`authorityKey`). */
export const citationMissingAuthority: GapRule = {
  id: 'citation-missing-authority',
  severity: 'error',
  check({ scope, nodes, table }) {
    const { kinds } = table;
    const { start, authority } = table.citations;
    const findings: Finding[] = [];
    for (const index of scope) {
      if (kinds[index] === NOTE) continue;
      let reported: Set<string> | undefined;
      for (let place = start[index]!; place < start[index + 1]!; place++) {
        if (authority[place]! >= 0) continue;
        const node = nodes[index]!;
        const key = node.citations[place - start[index]!]!.key;
        if (reported?.has(key)) continue;
        if (start[index + 1]! - start[index]! > 1) {
          reported ??= new Set();
          reported.add(key);
        }
        const message = `${describeNode(node)} cites ${quote(key)}, which is not among the authorities.`;
        const hint = `Add the authority ${quote(key)} (or import it from Zotero), or correct the citation's key.`;
        findings.push(createFinding(citationMissingAuthority, node.id, message, hint, key));
      }
    }
    return findings;
  },
};
