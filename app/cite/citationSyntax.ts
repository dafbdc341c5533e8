/*
 * Citation syntax as people type and paste it, the pandoc way the gap report's hints teach:
 *
 *   [@pulpmills, para 101]        one citation with a pinpoint
 *   [@vclt, art 31; @pulpmills]   a group: several citations in one bracket
 *   @pulpmills                    a bare key (read only when the caller knows the key)
 *   @pulpmills [para 101]         a bare key with its pinpoint in brackets after it
 *
 * A backslash before the bracket (`\[@x]`) keeps it literal. What cannot be read stays text.
 */
import { AUTHORITY_KEY_MAX_LENGTH, AUTHORITY_KEY_PATTERN } from '../model/authorityKey';
import type { CitationRef } from '../model/types';

/** The longest pinpoint the service accepts. */
const MAX_PINPOINT_LENGTH = 200;
/** Characters a pinpoint never holds: controls, and the stand-in an editor gives a non-text node. */
const NOT_IN_PINPOINT = /[\p{Cc}\ufffc]/u;
const KEY_CHARACTER = /[A-Za-z0-9_:.\-/]/;

/** Citation syntax found in a text: where it is (`from` inclusive, `to` exclusive) and what it cites. */
export interface CitationSyntax {
  from: number;
  to: number;
  citations: CitationRef[];
}

/**
 * Reads the inside of a bracketed group (`@a, p 3; @b`) into its citations, in order; null when any part is not
 * `@key` optionally followed by a comma and a pinpoint. A trailing `.` or `:` is sentence punctuation, not part of the key.
 */
export function readCitationGroup(inner: string): CitationRef[] | null {
  const citations: CitationRef[] = [];
  for (const part of inner.split(/(?<!\\);/)) {
    const match = /^\s*@([^\s,;\]]+)\s*(?:,\s*([\s\S]*?))?\s*$/.exec(part);
    if (!match) return null;
    const key = match[1]!.replace(/[.:]+$/, '');
    const pinpoint = match[2] ?? '';
    if (!isKey(key) || !isPinpoint(pinpoint)) return null;
    citations.push({ key, pinpoint });
  }
  return citations.length > 0 ? citations : null;
}

/**
 * Every citation written in `text`, in order and not overlapping: bracketed groups always (an unknown key is still
 * a citation, of a missing authority), bare `@key` only when `bareKey(key)` says so, since an `@` in running text
 * is as often an e-mail address or a handle.
 */
export function findCitationSyntax(text: string, bareKey: (key: string) => boolean = () => false): CitationSyntax[] {
  const found: CitationSyntax[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      index += text.startsWith('[@', index + 1) ? 3 : 2;
      continue;
    }
    if (char === '[' && text[index + 1] === '@') {
      const close = text.indexOf(']', index);
      const inner = close > 0 ? text.slice(index + 1, close) : '';
      const citations = inner !== '' && !inner.includes('[') ? readCitationGroup(inner) : null;
      if (citations) {
        found.push({ from: index, to: close + 1, citations });
        index = close + 1;
        continue;
      }
    }
    if (char === '@' && startsBareKey(text, index)) {
      const bare = readBareKey(text, index, bareKey);
      if (bare) {
        found.push(bare);
        index = bare.to;
        continue;
      }
    }
    index++;
  }
  return found;
}

/** Whether the `@` at `index` may start a bare key: at the start, or after a space or an opening punctuation mark. */
function startsBareKey(text: string, index: number): boolean {
  return index === 0 || /[\s({'"‘“—–]/.test(text[index - 1]!);
}

function readBareKey(text: string, at: number, bareKey: (key: string) => boolean): CitationSyntax | null {
  let end = at + 1;
  while (end < text.length && end - at <= AUTHORITY_KEY_MAX_LENGTH && KEY_CHARACTER.test(text[end]!)) end++;
  const written = text.slice(at + 1, end);
  const key = [written, written.replace(/[.:/-]+$/, '')].find((candidate) => isKey(candidate) && bareKey(candidate));
  if (key === undefined) return null;
  const keyEnd = at + 1 + key.length;
  const pinpoint = /^ ?\[([^\]@[]*)\]/.exec(text.slice(keyEnd));
  if (pinpoint && isPinpoint(pinpoint[1]!.trim())) {
    return { from: at, to: keyEnd + pinpoint[0].length, citations: [{ key, pinpoint: pinpoint[1]!.trim() }] };
  }
  return { from: at, to: keyEnd, citations: [{ key, pinpoint: '' }] };
}

function isKey(key: string): boolean {
  return key.length > 0 && key.length <= AUTHORITY_KEY_MAX_LENGTH && AUTHORITY_KEY_PATTERN.test(key);
}

function isPinpoint(pinpoint: string): boolean {
  return pinpoint.length <= MAX_PINPOINT_LENGTH && !NOT_IN_PINPOINT.test(pinpoint);
}
