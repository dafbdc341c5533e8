import { invalidInput } from '../model/errors';

/** Argdown text split into lines with its comments removed. */
export interface ArgdownLines {
  lines: string[];
  /** For each line, whether it held only comments (and space): such a line is not a blank line, as in Argdown. */
  commentOnly: boolean[];
}

/**
 * Splits Argdown text into lines with comments removed (`// …` at the start of a line or after a
 * space, `/* … *\/` and `<!-- … -->`, which may span lines), keeping line numbers. Backslash
 * escapes are respected. A comment that is never closed is an error naming its line.
 */
export function stripArgdownComments(text: string): ArgdownLines {
  const lines: string[] = [];
  const commentOnly: boolean[] = [];
  let hadComment = false;
  let line = '';
  let blank = true;
  let previous = '';
  let lineNumber = 1;
  let index = 0;
  const newline = () => {
    lines.push(line);
    commentOnly.push(hadComment && /^\s*$/.test(line));
    hadComment = false;
    line = '';
    blank = true;
    lineNumber++;
  };
  const special = /[\r\n\\/<]/g;
  while (index < text.length) {
    special.lastIndex = index;
    const stop = special.exec(text)?.index ?? text.length;
    if (stop > index) {
      // Plain text up to the next character that may start a line break, an escape or a comment, in one piece.
      const chunk = text.slice(index, stop);
      line += chunk;
      previous = chunk[chunk.length - 1]!;
      blank &&= /^\s*$/.test(chunk);
      index = stop;
      continue;
    }
    const char = text[index]!;
    if (char === '\r' || char === '\n') {
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      newline();
      continue;
    }
    if (char === '\\') {
      const next = text[index + 1];
      const escapes = next !== undefined && next !== '\n' && next !== '\r';
      line += escapes ? char + next : char;
      index += escapes ? 2 : 1;
      blank = false;
      previous = escapes ? next : char;
      continue;
    }
    const closing = char === '/' && text[index + 1] === '*' ? '*/' : text.startsWith('<!--', index) ? '-->' : null;
    if (closing) {
      const end = text.indexOf(closing, index + 2);
      if (end < 0) {
        throw invalidInput(
          `Argdown: line ${lineNumber}: a comment is opened here and never closed`,
          `line ${lineNumber}`,
        );
      }
      hadComment = true;
      for (const skipped of text.slice(index, end).matchAll(/\r\n?|\n/g)) {
        if (!skipped) continue;
        newline();
        hadComment = true;
      }
      index = end + closing.length;
      continue;
    }
    if (char === '/' && text[index + 1] === '/' && (blank || /\s/.test(previous))) {
      hadComment = true;
      while (index < text.length && text[index] !== '\n' && text[index] !== '\r') index++;
      continue;
    }
    line += char;
    previous = char;
    blank &&= /\s/.test(char);
    index++;
  }
  lines.push(line);
  commentOnly.push(hadComment && /^\s*$/.test(line));
  return { lines, commentOnly };
}
