import type { AuthorityType } from '../../model/types';
import { createFinding } from '../createFinding';
import { describeNode } from '../describeNode';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';
import { quote } from '../quote';

const NOTE = KIND_CODES.note;

const PINPOINTED_TYPES: Partial<Record<AuthorityType, { label: string; example: string }>> = {
  treaty: { label: 'a treaty', example: 'art 2(4)' },
  un_document: { label: 'a UN document', example: 'para 8(a)' },
  legislation: { label: 'legislation', example: 's 3(1)' },
  case: { label: 'a case', example: 'para 45' },
};

/** A citation of a treaty, UN document, legislation or case without a pinpoint; one finding per node and authority. */
export const pinpointMissing: GapRule = {
  id: 'pinpoint-missing',
  severity: 'warning',
  check({ scope, nodes, table }) {
    const { kinds } = table;
    const { authorities, start, authority, withoutPinpoint } = table.citations;
    const findings: Finding[] = [];
    for (const index of scope) {
      if (kinds[index] === NOTE) continue;
      let reported: Set<number> | undefined;
      for (let place = start[index]!; place < start[index + 1]!; place++) {
        const cited = authority[place]!;
        if (cited < 0 || !withoutPinpoint[place] || reported?.has(cited)) continue;
        const { key, type } = authorities[cited]!;
        const pinpointed = PINPOINTED_TYPES[type];
        if (pinpointed === undefined) continue;
        if (start[index + 1]! - start[index]! > 1) {
          reported ??= new Set();
          reported.add(cited);
        }
        const node = nodes[index]!;
        const message = `${describeNode(node)} cites ${quote(key)} (${pinpointed.label}) without a pinpoint.`;
        const hint = `Add the article, paragraph or section relied on, e.g. [@${key}, ${pinpointed.example}].`;
        findings.push(createFinding(pinpointMissing, node.id, message, hint));
      }
    }
    return findings;
  },
};
