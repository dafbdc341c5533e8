/** Citation formatting (OSCOLA and Bluebook) for footnotes and the Index of Authorities: pure functions over CSL-JSON. */
export { AUTHORITY_GROUP_TITLES, AUTHORITY_GROUPS, type AuthorityGroup, authorityGroup } from './authorityGroup';
export type { CitableAuthority } from './citableAuthority';
export { type CitationRun, runsToPlainText } from './citationRun';
export { type FootnoteCitation, FootnoteSequencer } from './footnoteSequencer';
export { formatFull, formatIbid, formatShort, indexEntry } from './formatCitation';
