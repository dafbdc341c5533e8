import { cslOf } from './authorityTitle';
import type { CitableAuthority } from './citableAuthority';
import { cslText } from './readCsl';
import { type Runs, roman } from './runParts';

/** Text appended after '; ' to a full citation: the CSL `references` field, as written. */
export function appendReferences(runs: Runs, authority: CitableAuthority): Runs {
  const references = cslText(cslOf(authority), 'references');
  return references === '' ? runs : [...runs, ...roman(`; ${references}`)];
}
