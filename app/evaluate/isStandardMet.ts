import type { ProofStandard, ProofThresholds } from '../model/types';
import { isAtLeast, isGreater, TOLERANCE } from './tolerance';

/** Whether a node's support (`base`) meets its proof standard against its strongest attack (`con`). */
export function isStandardMet(
  standard: ProofStandard,
  base: number,
  con: number,
  thresholds: ProofThresholds,
): boolean {
  switch (standard) {
    case 'scintilla':
      return isGreater(base, 0);
    case 'preponderance':
      return isGreater(base, con);
    case 'clear_and_convincing':
      return (
        isAtLeast(base, thresholds.clearAndConvincing.base) &&
        isAtLeast(base - con, thresholds.clearAndConvincing.margin)
      );
    case 'beyond_reasonable_doubt':
      return (
        isAtLeast(base, thresholds.beyondReasonableDoubt.base) &&
        con <= thresholds.beyondReasonableDoubt.maxCon + TOLERANCE
      );
  }
}
