import type { AuthorityType, CslItem } from '../model/types';

/** What the citation formatters need of an authority. */
export interface CitableAuthority {
  key: string;
  type: AuthorityType;
  short: string;
  csl: CslItem;
}
