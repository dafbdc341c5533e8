/** The base of a rule: 1 when it cites an existing authority, 0.5 if it is also disputed, 0 otherwise. */
export function ruleBase(citesExistingAuthority: boolean, disputed: boolean): number {
  if (!citesExistingAuthority) return 0;
  return disputed ? 0.5 : 1;
}
