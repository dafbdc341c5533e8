export type Severity = 'error' | 'warning' | 'info';

/** One entry of the gap report; `nodeId` is null for findings about an authority. */
export interface Finding {
  rule: string;
  severity: Severity;
  nodeId: number | null;
  authorityKey?: string;
  message: string;
  hint: string;
}
