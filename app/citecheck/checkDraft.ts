import type { Authority } from '../model/types';
import type { SourceContent } from '../sources/sourceTypes';
import { type CitationState, checkCitation } from './citationCheck';
import { draftCitationMatcher } from './matchDraftCitation';

/** One citation read from a draft's note: what it matched in the case and, for a match, what its source says. */
export interface DraftCitation {
  /** The note it is in (1-based, in the order the draft refers to its notes). */
  note: number;
  text: string;
  /** The authority it names, or null for a citation that matches none of the case's authorities. */
  key: string | null;
  pinpoint: string;
  /** For a matched citation, its check against the authority's source. */
  state: CitationState | 'unmatched';
  reason: string;
}

const SIGNAL = /^(?:see(?:\s+also|\s+generally)?|but\s+see|cf\.?|compare|contra|accord|e\.g\.,?|also)\s+/i;
const IBID = /^(?:ibid|id)\.?(?:\s|,|$)/i;

/**
 * Checks the citations in a draft's notes against the case: each note is split into its citations (at
 * semicolons outside brackets), commentary is passed over, "ibid" follows the citation before it, and each
 * citation either matches an authority (and is held against its source) or is listed as matching nothing.
 */
export function checkDraft(
  notes: readonly string[],
  authorities: readonly Authority[],
  sourceOf: (authority: Authority) => SourceContent | undefined,
): { notes: number; citations: DraftCitation[]; unmatched: DraftCitation[] } {
  const match = draftCitationMatcher(authorities);
  const byKey = new Map(authorities.map((authority) => [authority.key, authority]));
  const citations: DraftCitation[] = [];
  for (const [index, note] of notes.entries()) {
    for (const piece of citationPieces(note)) {
      if (IBID.test(piece)) continue;
      const found = match(piece);
      if (found === null) continue;
      if ('unmatched' in found) {
        citations.push({
          note: index + 1,
          text: piece,
          key: null,
          pinpoint: '',
          state: 'unmatched',
          reason: 'It matches none of the case’s authorities.',
        });
        continue;
      }
      const authority = byKey.get(found.key)!;
      const check = checkCitation({
        nodeId: 0,
        index: 0,
        key: found.key,
        pinpoint: found.pinpoint,
        quote: '',
        authorityExists: true,
        source: sourceOf(authority),
      });
      citations.push({
        note: index + 1,
        text: piece,
        key: found.key,
        pinpoint: found.pinpoint,
        state: check.state,
        reason: check.reason,
      });
    }
  }
  return { notes: notes.length, citations, unmatched: citations.filter((citation) => citation.key === null) };
}

/** A note's citations: split at semicolons outside brackets, without an opening signal or a closing full stop. */
function citationPieces(note: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of note.replace(/\s+/g, ' ')) {
    if ('([{'.includes(character)) depth++;
    else if (')]}'.includes(character)) depth = Math.max(0, depth - 1);
    if (character === ';' && depth === 0) {
      pieces.push(current);
      current = '';
    } else current += character;
  }
  pieces.push(current);
  return pieces
    .map((piece) => piece.trim().replace(SIGNAL, '').replace(/\.$/, '').trim())
    .filter((piece) => piece.length > 0);
}
