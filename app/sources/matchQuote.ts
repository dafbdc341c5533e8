const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const ELLIPSIS = /\s*(?:\u2026|\.\s?\.\s?\.)\s*/g;

/**
 * Text as quotations are compared: Unicode compatibility forms, one kind of single and double quote, one
 * dash, a hyphen broken across a line joined up, no hyphen inside a word ("co-operation" is "cooperation"),
 * spaces collapsed, lower case (a quotation may capitalise its first word).
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u00AD/g, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The pieces of a quotation that must appear in the source, in order: it is cut at ellipses ("…", "...")
 * and at bracketed changes ("[t]he", "[emphasis added]"), which the source does not contain.
 */
export function quotationPieces(quotation: string): string[] {
  return quotation
    .replace(/\[[^\]]{0,60}\]/g, '\u2026')
    .split(ELLIPSIS)
    .map((piece) => comparableText(piece).replace(/^[\s,;:.]+|[\s,;:.!?]+$/g, ''))
    .filter((piece) => piece.length > 0);
}

/** Whether every piece of a quotation is found in `passage`, in order. */
export function passageHasQuotation(passage: string, quotation: string): boolean {
  const pieces = quotationPieces(quotation);
  if (pieces.length === 0) return true;
  const text = comparableText(passage);
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
