import { cleanText } from './cleanText';

/**
 * Escapes text so that pandoc's Markdown reads every character as text: emphasis, links, raw HTML, entities,
 * citations, footnotes, math, attributes and dashes. Line breaks become spaces.
 */
export function escapeMarkdown(value: string): string {
  return cleanText(value)
    .replace(/[\\`*_[\]{}<>#!@$^~|&]/g, '\\$&')
    .replace(/-(?=-)/g, '\\-')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Escapes what would open a block at the start of a line: headings, quotes, lists (also "a." and "(i)"), rules. */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^\s+/, '');
  if (/^[#>+\-=:%]/.test(trimmed)) return `\\${trimmed}`;
  const list = /^(\()?([0-9]{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,8})([.)])(?=\s|$)/.exec(trimmed);
  if (!list) return trimmed;
  if (list[1]) return `\\${trimmed}`;
  return `${list[2]}\\${trimmed.slice(list[2]!.length)}`;
}
