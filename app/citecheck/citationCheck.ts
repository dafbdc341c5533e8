import { locatePart } from '../sources/locatePinpoint';
import { passageHasQuotation } from '../sources/matchQuote';
import { parsePinpoint } from '../sources/parsePinpoint';
import type { SourceContent, SourceUnit } from '../sources/sourceTypes';

/** What a check found of one citation, from worst to best. */
export const CITATION_STATES = [
  'authority-missing',
  'no-source',
  'pinpoint-not-in-source',
  'quote-not-in-source',
  'verified',
] as const;
export type CitationState = (typeof CITATION_STATES)[number];

/** The states that are errors: the source contradicts the citation. */
export const ERROR_STATES: ReadonlySet<CitationState> = new Set([
  'authority-missing',
  'pinpoint-not-in-source',
  'quote-not-in-source',
]);

/** The longest passage of a source a check reports. */
const PASSAGE_LIMIT = 4000;

/** One citation held against its source. */
export interface CitationCheck {
  nodeId: number;
  /** Which of the node's citations, in reading order (0-based). */
  index: number;
  key: string;
  pinpoint: string;
  /** The quotation just before the citation, '' when there is none. */
  quote: string;
  state: CitationState;
  /** Why, in one sentence. */
  reason: string;
  /** The source's words at the pinpoint ('' when there is no source or the pinpoint is not in it). */
  passage: string;
  /** Where the passage is in the source's text, and the unit it belongs to. */
  range: { start: number; end: number; unit: SourceUnit | null } | null;
}

/** The citation being checked, and what the case has for it. */
export interface CitationToCheck {
  nodeId: number;
  index: number;
  key: string;
  pinpoint: string;
  quote: string;
  authorityExists: boolean;
  source: SourceContent | undefined;
}

/**
 * Checks one citation: its authority exists, a source is attached, every place its pinpoint names is in
 * the source, and its quotation (if any) is found in one of them (or anywhere, for a citation without a pinpoint).
 */
export function checkCitation(citation: CitationToCheck): CitationCheck {
  const { nodeId, index, key, pinpoint, quote, source } = citation;
  const result = (state: CitationState, reason: string, found?: CitationCheck['range']): CitationCheck => ({
    nodeId,
    index,
    key,
    pinpoint,
    quote,
    state,
    reason,
    passage: found && source ? source.text.slice(found.start, Math.min(found.end, found.start + PASSAGE_LIMIT)) : '',
    range: found ?? null,
  });
  if (!citation.authorityExists) return result('authority-missing', `The case has no authority "${key}".`);
  if (!source) return result('no-source', `No source is attached to "${key}".`);
  const places = placesOf(source, pinpoint);
  if ('missing' in places) return result('pinpoint-not-in-source', places.missing);
  const first = places.ranges[0];
  if (quote === '') return result('verified', 'The pinpoint is in the source.', first);
  const holding = places.ranges.find((range) => passageHasQuotation(source.text.slice(range.start, range.end), quote));
  if (holding) return result('verified', `The quoted words are at ${pinpoint || 'the source'}.`, holding);
  return result(
    'quote-not-in-source',
    pinpoint === '' ? 'The quoted words are not in the source.' : `The quoted words are not at ${pinpoint}.`,
    first,
  );
}

type Places = { ranges: NonNullable<CitationCheck['range']>[] } | { missing: string };

function placesOf(source: SourceContent, pinpoint: string): Places {
  if (pinpoint.trim() === '') return { ranges: [{ start: 0, end: source.text.length, unit: null }] };
  const read = parsePinpoint(pinpoint);
  if ('unreadable' in read)
    return { missing: `Casewright cannot find "${read.unreadable}" in a source; check it by hand.` };
  const ranges: NonNullable<CitationCheck['range']>[] = [];
  for (const part of read.parts) {
    const located = locatePart(source, part);
    if ('missing' in located) return located;
    ranges.push(located);
  }
  return { ranges: mostSpecificFirst(ranges) };
}

/** A page and a paragraph on it ("p 14, para 101"): the paragraph is where the words are looked for first. */
function mostSpecificFirst(ranges: NonNullable<CitationCheck['range']>[]): NonNullable<CitationCheck['range']>[] {
  const isPage = (range: NonNullable<CitationCheck['range']>) => Number(range.unit?.kind === 'page');
  return [...ranges].sort((left, right) => isPage(left) - isPage(right));
}
