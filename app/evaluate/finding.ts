export type Severity = 'error' | 'warning' | 'info';

/**
 * One entry of the gap report; `nodeId` is null for findings about an authority. `authorityKey` names the authority
 * a finding is about, or (for a node's citation of a missing authority) the key it cites.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  nodeId: number | null;
  authorityKey?: string;
  message: string;
  hint: string;
}
