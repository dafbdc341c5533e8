/** The logical symbols Argdown writes with a shortcode (`.A.` or `:A:` for ∀), by the code's name. */
const SYMBOLS: Readonly<Record<string, string>> = {
  A: '∀',
  E: '∃',
  O: '𝗢',
  P: '𝗣',
  '->': '→',
  '<->': '↔',
  '~': '¬',
  '^': '∧',
  v: '∨',
  v_: '⊻',
  '<>': '◇',
  '[]': '◻',
};

/**
 * Text with Argdown's shortcodes for logical symbols replaced by the symbols, read left to right as Argdown's
 * lexer reads them: from a `.` or `:` to the next of the same that is not across a space (`.A.x` is "∀x", while
 * "U.S.A." holds no shortcode: `.S.` is read first and is none). Escaped characters are left as they are.
 */
export function withShortcodes(text: string): string {
  if (!/[.:]/.test(text)) return text;
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      out += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '.' || char === ':') {
      const close = text.indexOf(char, index + 1);
      const name = close > index + 1 ? text.slice(index + 1, close) : '';
      if (name !== '' && !/\s/.test(name)) {
        out += SYMBOLS[name] ?? text.slice(index, close + 1);
        index = close + 1;
        continue;
      }
    }
    out += char;
    index++;
  }
  return out;
}
