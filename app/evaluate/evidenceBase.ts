import type { Assessment, Weight } from '../model/types';

const WEIGHT_VALUES: Record<Weight, number> = { strong: 0.9, moderate: 0.6, weak: 0.3 };
const ASSESSMENT_FACTORS: Record<Assessment, number> = { accepted: 1, contested: 0.5, rejected: 0 };

/** What an evidence without a weight or an assessment counts as: a middling fact nobody has accepted yet. */
export const EVIDENCE_DEFAULTS: { weight: Weight; assessment: Assessment } = {
  weight: 'moderate',
  assessment: 'contested',
};

/**
 * The base of an evidence: its weight times its assessment. Evidence that cites no source counts as contested
 * at best (a fact asserted without a source is an allegation), so its accepted base is halved.
 */
export function evidenceBase(weight: Weight | null, assessment: Assessment | null, cited = true): number {
  const factor = ASSESSMENT_FACTORS[assessment ?? EVIDENCE_DEFAULTS.assessment];
  return WEIGHT_VALUES[weight ?? EVIDENCE_DEFAULTS.weight] * (cited ? factor : Math.min(factor, 0.5));
}
