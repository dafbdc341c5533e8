import { createFinding } from '../createFinding';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { KIND_CODES } from '../kindCodes';
import { quote } from '../quote';

const NOTE = KIND_CODES.note;

/** An authority that no node but a note cites. */
export const authorityUnused: GapRule = {
  id: 'authority-unused',
  severity: 'info',
  check({ table }) {
    const { kinds } = table;
    const { authorities, start, authority } = table.citations;
    const cited = new Uint8Array(authorities.length);
    for (let index = 0; index < kinds.length; index++) {
      if (kinds[index] === NOTE) continue;
      for (let place = start[index]!; place < start[index + 1]!; place++) {
        const citedAuthority = authority[place]!;
        if (citedAuthority >= 0) cited[citedAuthority] = 1;
      }
    }
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (let index = 0; index < authorities.length; index++) {
      const { key } = authorities[index]!;
      if (seen.has(key)) continue;
      seen.add(key);
      if (cited[index]) continue;
      const message = `Authority ${quote(key)} is not cited anywhere in the argument.`;
      const hint = 'Cite it in the rule or evidence it supports, or remove it from the authorities.';
      findings.push(createFinding(authorityUnused, null, message, hint, key));
    }
    return findings;
  },
};
