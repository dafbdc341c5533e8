/**
 * Text widths for the map's boxes, measured without a browser (the CLI draws maps too): the advance widths of
 * Helvetica, which Arial and Liberation Sans share, in thousandths of the font size, for the printable ASCII
 * characters from the space (32) to the tilde (126).
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** The font the map's text is set in, on screen and in an exported map, so that the measured widths hold. */
export const MAP_FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Bold glyphs are wider; this covers the widest of them (W, m) without measuring each. */
const BOLD_FACTOR = 1.1;

function charWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]!;
  if (code === 0x2014 || code === 0x2026) return 1000; // em dash, ellipsis
  if (code >= 0x2e80) return 1000; // CJK and other wide scripts
  return 667; // accented Latin, Greek, Cyrillic: about a capital letter, on the safe side
}

/** The advance width of `text` in thousandths of the font size (whole numbers, so they add up exactly). */
function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += charWidth(char.codePointAt(0)!);
  return units;
}

const unitsToPixels = (units: number, fontSize: number, bold: boolean) =>
  (units / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);

/** The width in pixels of `text` set at `fontSize` (bold or not) in the map's font. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return unitsToPixels(textUnits(text), fontSize, bold);
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, breaking a word too long for a line; the last
 * line ends with an ellipsis when the text does not fit.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= width;
  const lines: string[] = [];
  let line = '';
  // Widths add up (no kerning): a line's width is kept as it grows instead of measuring it again for each word.
  let lineUnits = 0;
  const space = textUnits(' ');
  const words = text.split(/\s+/).filter(Boolean);
  // One line past the last shown is enough to know that the text goes on.
  for (let index = 0; index < words.length && lines.length <= maxLines; index++) {
    let word = words[index]!;
    const wordUnits = textUnits(word);
    const candidateUnits = line ? lineUnits + space + wordUnits : wordUnits;
    if (unitsToPixels(candidateUnits, fontSize, bold) <= width) {
      line = line ? `${line} ${word}` : word;
      lineUnits = candidateUnits;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    while (!fits(word)) {
      const cut = longestFittingPrefix(word, fits);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
    lineUnits = textUnits(word);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (!fits(last) && last.length > 1) last = `${[...last].slice(0, -2).join('')}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** How many UTF-16 units of `word` fit on a line (at least one character). */
function longestFittingPrefix(word: string, fits: (line: string) => boolean): number {
  let cut = 0;
  for (const char of word) {
    if (!fits(word.slice(0, cut + char.length))) break;
    cut += char.length;
  }
  return Math.max(cut, word.codePointAt(0)! > 0xffff ? 2 : 1);
}
