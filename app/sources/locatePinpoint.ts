import type { PinpointPart } from './parsePinpoint';
import type { SourceContent, SourceUnit } from './sourceTypes';

/** Where a pinpoint's part lies in a source's text, or why it cannot be found there. */
export type Located = { start: number; end: number; unit: SourceUnit } | { missing: string };

const KIND_NAMES = { paragraph: 'paragraph', article: 'article', page: 'page' } as const;

/** Finds one part of a pinpoint in a source: its unit (through the last unit of a range), then each subdivision inside it. */
export function locatePart(content: SourceContent, part: PinpointPart): Located {
  const unit = findUnit(content.units, part.kind, part.label);
  if (!unit) return { missing: `The source has no ${KIND_NAMES[part.kind]} ${part.label}.` };
  let start = unit.start;
  let end = unit.end;
  if (part.to !== undefined) {
    const last = findUnit(content.units, part.kind, part.to);
    if (!last || last.end < unit.start) return { missing: `The source has no ${KIND_NAMES[part.kind]} ${part.to}.` };
    end = last.end;
  }
  const path = [part.label];
  for (const label of part.within) {
    path.push(`(${label})`);
    const inside = findSubdivision(content.text, start, end, label);
    if (!inside)
      return {
        missing: `${capitalised(KIND_NAMES[part.kind])} ${path[0]} of the source has no ${path.slice(1).join('')}.`,
      };
    [start, end] = inside;
  }
  return { start, end, unit };
}

/** The unit of a kind with a label; labels compare without case and spaces ("2 bis" is "2bis"). */
export function findUnit(
  units: readonly SourceUnit[],
  kind: SourceUnit['kind'],
  label: string,
): SourceUnit | undefined {
  const wanted = label.replace(/\s+/g, '').toLowerCase();
  return units.find((unit) => unit.kind === kind && unit.label === wanted);
}

/** A subdivision "(b)", "b)", "4." or "(4)" opening a line (or, failing that, a clause) inside a range, up to the next one. */
function findSubdivision(text: string, start: number, end: number, label: string): [number, number] | undefined {
  const slice = text.slice(start, end);
  const opening = markerAt(slice, label, 0);
  if (opening < 0) return undefined;
  let close = slice.length;
  for (const next of successors(label)) {
    const at = markerAt(slice, next, opening + 1);
    if (at >= 0 && at < close) close = at;
  }
  return [start + opening, trimEnd(text, start + opening, start + close)];
}

function markerAt(text: string, label: string, from: number): number {
  const escaped = label.replace(/[^0-9a-z]/gi, '');
  const lineStart = new RegExp(`(?:^|\\n)[ \\t]*(\\(?${escaped}[.)])(?=\\s)`, 'gi');
  const inline = new RegExp(`(?:^|[\\s:;,—–])(\\(${escaped}\\))(?=\\s)`, 'gi');
  for (const pattern of [lineStart, inline]) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match) return match.index + match[0].length - match[1]!.length;
  }
  return -1;
}

/** The labels that may follow a subdivision: "b" after "a", "5" after "4", "iii" after "ii" (and "j" after "i"). */
function successors(label: string): string[] {
  const lower = label.toLowerCase();
  if (/^\d+$/.test(lower)) return [String(Number(lower) + 1)];
  const next: string[] = [];
  const roman = romanValue(lower);
  if (roman !== undefined) next.push(toRoman(roman + 1));
  if (/^[a-z]$/.test(lower) && lower !== 'z') next.push(String.fromCharCode(lower.charCodeAt(0) + 1));
  if (/^([a-z])\1+$/.test(lower)) next.push(String.fromCharCode(lower.charCodeAt(0) + 1).repeat(lower.length));
  return next;
}

const ROMAN: readonly [string, number][] = [
  ['c', 100],
  ['xc', 90],
  ['l', 50],
  ['xl', 40],
  ['x', 10],
  ['ix', 9],
  ['v', 5],
  ['iv', 4],
  ['i', 1],
];

function toRoman(value: number): string {
  let rest = value;
  let text = '';
  for (const [letters, amount] of ROMAN) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}

function romanValue(text: string): number | undefined {
  if (!/^[ivxlc]+$/.test(text)) return undefined;
  for (let value = 1; value < 200; value++) if (toRoman(value) === text) return value;
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s;,]/.test(text.charAt(at - 1))) at--;
  return at;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
