/** More emphasis and link delimiters than this in one paragraph are kept as plain characters. */
const MAX_DELIMITERS = 1000;

/**
 * Returns Markdown inline text unchanged, or, when it holds more than 1,000 unescaped `*`, `_` and
 * `[` (reading which as markup takes time that grows with their square), with those escaped so
 * they stay plain characters.
 */
export function escapeExcessMarkup(markdown: string): { markdown: string; escaped: boolean } {
  let count = 0;
  for (let index = 0; index < markdown.length && count <= MAX_DELIMITERS; index++) {
    const char = markdown[index];
    if (char === '\\') index++;
    else if (char === '*' || char === '_' || char === '[') count++;
  }
  if (count <= MAX_DELIMITERS) return { markdown, escaped: false };
  let out = '';
  for (let index = 0; index < markdown.length; index++) {
    const char = markdown[index]!;
    if (char === '\\') {
      out += markdown.slice(index, index + 2);
      index++;
    } else out += char === '*' || char === '_' || char === '[' ? `\\${char}` : char;
  }
  return { markdown: out, escaped: true };
}
