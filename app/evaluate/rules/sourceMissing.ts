import { createFinding } from '../createFinding';
import type { Finding } from '../finding';
import type { GapRule } from '../gapRule';
import { quote } from '../quote';

/** A cited authority with no source attached, in a case that checks its citations against sources: one per authority. */
export const sourceMissing: GapRule = {
  id: 'source-missing',
  severity: 'info',
  check({ citationChecks }) {
    const keys = new Set<string>();
    for (const citations of citationChecks.values()) {
      for (const citation of citations) if (citation.state === 'no-source') keys.add(citation.key);
    }
    const findings: Finding[] = [];
    for (const key of keys) {
      const message = `Authority ${quote(key)} is cited but has no source attached, so its citations cannot be checked.`;
      const hint = `Attach the text of ${quote(key)} (PDF, HTML, DOCX or text) in the authorities panel, or with "casewright source attach".`;
      findings.push(createFinding(sourceMissing, null, message, hint, key));
    }
    return findings;
  },
};
