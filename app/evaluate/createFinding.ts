import type { Finding } from './finding';
import type { GapRule } from './gapRule';

/** A finding of `rule` about a node (or, with `nodeId` null, about the authority `authorityKey`). */
export function createFinding(
  rule: Pick<GapRule, 'id' | 'severity'>,
  nodeId: number | null,
  message: string,
  hint: string,
  authorityKey?: string,
): Finding {
  if (authorityKey === undefined) return { rule: rule.id, severity: rule.severity, nodeId, message, hint };
  return { rule: rule.id, severity: rule.severity, nodeId, authorityKey, message, hint };
}
