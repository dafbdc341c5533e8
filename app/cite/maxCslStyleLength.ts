/** The largest CSL style accepted: the biggest in the Zotero style repository are under 200 kB. */
export const MAX_CSL_STYLE_LENGTH = 1_000_000;
