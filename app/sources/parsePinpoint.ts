import type { UnitKind } from './sourceTypes';

/** One place a pinpoint names: a unit (or a run of units, `to`), and the subdivisions inside it ("(a)", "(4)"). */
export interface PinpointPart {
  kind: UnitKind;
  label: string;
  /** The last unit of a range ("paras 101–103"). */
  to?: string;
  /** Subdivisions from the outside in: "art 8(1)(b)" is article 8, paragraph 1, subparagraph b. */
  within: string[];
}

/** A pinpoint read as places in a source, or the reason it cannot be. */
export type ReadPinpoint = { parts: PinpointPart[] } | { unreadable: string };

const LABEL = /^(¶¶|¶|(?:op(?:erative)?\.?\s+)?(?:paras?|paragraphs?)|arts?|articles?|pp?|pages?|at)\.?\s*/i;
const REFERENCE =
  /^(\d{1,4}(?:bis|ter|quater|[a-z](?![a-z]))?|[ivxlc]{1,8}(?![a-z])|\[\d{1,4}\])((?:\s?\([0-9a-z]{1,6}\))*)/i;
const RANGE = /^\s*(?:[–—-]|to)\s*(\d{1,4}|[ivxlc]{1,8})(?![a-z0-9])/i;
const SEPARATOR = /^\s*(?:,|;|and|&)\s*/i;

/**
 * Reads a pinpoint as the places of a source it names: "para 101", "paras 101–103", "[45]", "art 8(1)(b)",
 * "arts 2 and 4", "op para 8(a)", "p 14, para 101", "pp 3–4"; a bare number is a page, a label carries on
 * to the numbers after it. Anything else ("Annex 3", "s 3", "n 12") is unreadable, with the words it stopped at.
 */
export function parsePinpoint(pinpoint: string): ReadPinpoint {
  let rest = pinpoint.replace(/\s+/g, ' ').trim();
  const parts: PinpointPart[] = [];
  let kind: UnitKind = 'page';
  while (rest !== '') {
    const label = LABEL.exec(rest);
    if (label) {
      kind = labelKind(label[1]!);
      rest = rest.slice(label[0].length);
    }
    const reference = REFERENCE.exec(rest);
    if (!reference) return { unreadable: rest };
    const square = /^\[(\d+)\]$/.exec(reference[1]!);
    if (square) kind = 'paragraph';
    const part: PinpointPart = {
      kind,
      label: (square ? square[1]! : reference[1]!).toLowerCase(),
      within: [...reference[2]!.matchAll(/\(([0-9a-z]+)\)/gi)].map((match) => match[1]!.toLowerCase()),
    };
    rest = rest.slice(reference[0].length);
    const range = RANGE.exec(rest);
    if (range) {
      part.to = expandRangeEnd(part.label, range[1]!.toLowerCase());
      rest = rest.slice(range[0].length);
    }
    parts.push(part);
    const separator = SEPARATOR.exec(rest);
    if (separator) rest = rest.slice(separator[0].length);
    else if (rest.trim() !== '') return { unreadable: rest.trim() };
  }
  return parts.length === 0 ? { unreadable: pinpoint } : { parts };
}

function labelKind(label: string): UnitKind {
  const word = label.toLowerCase();
  if (word.startsWith('art')) return 'article';
  if (word.includes('para') || word.includes('¶')) return 'paragraph';
  return 'page';
}

/** "113–14" ends at 114: a shortened end takes the start's leading digits. */
function expandRangeEnd(start: string, end: string): string {
  if (!/^\d+$/.test(start) || !/^\d+$/.test(end) || end.length >= start.length) return end;
  const full = start.slice(0, start.length - end.length) + end;
  return Number(full) >= Number(start) ? full : end;
}
