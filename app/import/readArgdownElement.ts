import { invalidInput } from '../model/errors';
import { withShortcodes } from './argdownShortcodes';
import { type ArgdownValue, parseArgdownData } from './parseArgdownData';

/** A statement (`[Title]: text`), an argument (`<Title>: text`) or an untitled statement (`text`) on one line. */
export interface ArgdownElement {
  type: 'statement' | 'argument' | 'untitled';
  /** The title between the brackets, unescaped; empty for an untitled statement. */
  title: string;
  /** The text, still escaped as written. */
  text: ArgdownText;
}

/** The text part of a line: the words, the `#tags` and the `{data}` at its end. */
export interface ArgdownText {
  words: string;
  tags: string[];
  data: Record<string, ArgdownValue> | null;
}

const TAG_NAME = /[\p{L}\p{N}_-]+/uy;
const CLOSING = { '[': ']', '<': '>' } as const;

/** Reads the element that starts at `start` of `line`; an unclosed or empty title is an error. */
export function readArgdownElement(line: string, start: number, lineNumber: number): ArgdownElement {
  const open = line[start];
  if (open !== '[' && open !== '<')
    return { type: 'untitled', title: '', text: readArgdownText(line, start, lineNumber) };
  const close = CLOSING[open];
  let title = '';
  let index = start + 1;
  while (index < line.length && line[index] !== close) {
    if (line[index] === '\\' && index + 1 < line.length) index++;
    title += line[index];
    index++;
  }
  const what = open === '[' ? 'statement' : 'argument';
  if (index >= line.length) {
    throw argdownSyntaxError(lineNumber, `the ${what} title "${shorten(title)}" is not closed with "${close}"`);
  }
  title = title.replace(/\s+/g, ' ').trim();
  if (title === '') throw argdownSyntaxError(lineNumber, `an empty ${what} title ${open}${close}`);
  if (title.length > 2000) throw argdownSyntaxError(lineNumber, `a ${what} title is longer than 2,000 characters`);
  index++;
  if (line[index] === ':') index++;
  return { type: what, title, text: readArgdownText(line, index, lineNumber) };
}

/**
 * Reads text with its `#tag`, `#(tag with spaces)` and trailing `{data}` from `start` to the end of the line.
 * A tag inside the text stays in the words, as Argdown shows it; the tags that end the text are left out of them.
 */
export function readArgdownText(line: string, start: number, lineNumber: number): ArgdownText {
  let words = '';
  /** Where the tags that end the words so far begin. */
  let trailingTags: number | undefined;
  const tags: string[] = [];
  let data: Record<string, ArgdownValue> | null = null;
  let index = start;
  const special = /[\\{#]/g;
  while (index < line.length) {
    special.lastIndex = index;
    const stop = special.exec(line)?.index ?? line.length;
    if (stop > index && !data) {
      // Words up to the next escape, data block or tag, in one piece.
      const piece = line.slice(index, stop);
      if (/\S/.test(piece)) trailingTags = undefined;
      words += piece;
      index = stop;
      continue;
    }
    const char = line[index]!;
    if (char === '\\') {
      trailingTags = undefined;
      words += line.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '{') {
      if (data) throw argdownSyntaxError(lineNumber, 'a second data block {…} on one line');
      try {
        const parsed = parseArgdownData(line, index);
        data = parsed.data;
        index = parsed.end;
      } catch (error) {
        throw argdownSyntaxError(lineNumber, `the data block {…} is not valid: ${(error as Error).message}`);
      }
      continue;
    }
    if (char === '#' && (index === start || /\s/.test(line[index - 1]!))) {
      const tag = readTag(line, index);
      if (tag) {
        if (tag.name.length > 100) throw argdownSyntaxError(lineNumber, 'a tag is longer than 100 characters');
        tags.push(tag.name);
        trailingTags ??= words.length;
        words += line.slice(index, tag.end);
        index = tag.end;
        continue;
      }
    }
    if (data && !/\s/.test(char))
      throw argdownSyntaxError(lineNumber, 'text after the data block {…}; data comes last');
    if (!data && !/\s/.test(char)) trailingTags = undefined;
    words += char;
    index++;
  }
  return { words: withShortcodes(words.slice(0, trailingTags).trim()), tags, data };
}

function readTag(line: string, start: number): { name: string; end: number } | null {
  if (line[start + 1] === '(') {
    const end = line.indexOf(')', start + 2);
    if (end < 0) return null;
    const name = line
      .slice(start + 2, end)
      .replace(/\s+/g, ' ')
      .trim();
    return name === '' ? null : { name, end: end + 1 };
  }
  TAG_NAME.lastIndex = start + 1;
  const match = TAG_NAME.exec(line);
  return match ? { name: match[0], end: start + 1 + match[0].length } : null;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** An Argdown syntax error on a line. */
export function argdownSyntaxError(lineNumber: number, message: string) {
  return invalidInput(`Argdown: line ${lineNumber}: ${message}`, `line ${lineNumber}`);
}
