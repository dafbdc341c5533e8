import type { Finding, Severity } from './finding';
import type { GapContext } from './gapContext';

/** One rule of the gap report: a stable id, a severity, and a check that reads the shared context. */
export interface GapRule {
  readonly id: string;
  readonly severity: Severity;
  check(context: GapContext): Finding[];
}
