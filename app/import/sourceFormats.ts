/** The formats of a library of sources: Zotero's CSL-JSON, BibTeX and RIS. */
export const SOURCE_FORMATS = ['csl', 'bibtex', 'ris'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The name of each format in messages. */
export const SOURCE_FORMAT_NAMES: Record<SourceFormat, string> = { csl: 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS' };
