export { evaluate } from './evaluate';
export type { CitationOutcome, Evaluation, EvaluationInput } from './evaluation';
export { EVIDENCE_DEFAULTS } from './evidenceBase';
export type { Finding, Severity } from './finding';
export type { GapContext } from './gapContext';
export type { GapRule } from './gapRule';
export { GAP_RULES } from './rules';
export { TOLERANCE } from './tolerance';
