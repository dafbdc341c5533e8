/** A title cut to the limit at a word, and what did not fit. */
export interface SplitTitle {
  title: string;
  overflow: string;
}

/**
 * Cuts text that is too long for a title at the last space before `limit` (or at the limit, when the text has
 * no space in its second half), so that what did not fit can be kept elsewhere rather than lost.
 */
export function splitTitle(text: string, limit: number): SplitTitle {
  if (text.length <= limit) return { title: text, overflow: '' };
  const space = text.lastIndexOf(' ', limit);
  const cut = space > limit / 2 ? space : limit;
  return { title: text.slice(0, cut).trimEnd(), overflow: text.slice(cut).trim() };
}
