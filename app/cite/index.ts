/** Citation formatting (OSCOLA and Bluebook, or a CSL style file through citeproc-js) for footnotes and the Index of Authorities: pure functions over CSL-JSON. */
export { AUTHORITY_GROUP_TITLES, AUTHORITY_GROUPS, type AuthorityGroup, authorityGroup } from './authorityGroup';
export type { CitableAuthority } from './citableAuthority';
export { type CitationRun, runsToPlainText } from './citationRun';
export { convertPinpoint } from './convertPinpoint';
export { type CslStyle, cslParentId, loadCslStyle, MAX_CSL_STYLE_LENGTH, styleFileName } from './cslStyle';
export { type FootnoteCitation, FootnoteSequencer, type NoteFormatter } from './footnoteSequencer';
export { formatFull, formatIbid, formatShort, indexEntry } from './formatCitation';
