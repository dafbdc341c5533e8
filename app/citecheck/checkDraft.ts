import type { Authority } from '../model/types';
import type { SourceContent } from '../sources/sourceTypes';
import { type CitationState, checkCitation } from './citationCheck';
import type { DraftNote } from './draftNotes';
import { draftPinpoint } from './draftPinpoint';
import { type DraftCitationMatch, draftCitationMatcher } from './matchDraftCitation';

/** One citation read from a draft's note: what it matched in the case and, for a match, what its source says. */
export interface DraftCitation {
  /** The note it is in (1-based, in the order the draft refers to its notes). */
  note: number;
  text: string;
  /** The authority it names, or null for a citation that matches none of the case's authorities. */
  key: string | null;
  pinpoint: string;
  /** The quotation the draft's sentence ends with before the note, checked against the note's first citation ('' for none). */
  quote: string;
  /** For a matched citation, its check against the authority's source. */
  state: CitationState | 'unmatched';
  reason: string;
  /** The source's words at the pinpoint ('' when there is no source or the pinpoint is not in it). */
  passage: string;
}

const SIGNAL = /^(?:see(?:\s+also|\s+generally)?|but\s+see|cf\.?|compare|contra|accord|e\.g\.,?|also)\s+/i;
const IBID = /^(?:ibid|id)\.?(?:\s|,|$)/i;

/**
 * Checks the citations in a draft's notes against the case: each note is split into its citations (at
 * semicolons outside brackets), commentary and "ibid" are passed over, a short form referring to an earlier note
 * ("(n 4)", "supra note 4") cites what that note cites, and each citation either matches an
 * authority (and is held against its source, with the quotation the note follows for the note's first
 * citation, which OSCOLA and Bluebook give for a quotation) or is listed as matching nothing.
 */
export function checkDraft(
  notes: readonly DraftNote[],
  authorities: readonly Authority[],
  sourceOf: (authority: Authority) => SourceContent | undefined,
): { notes: number; citations: DraftCitation[]; unmatched: DraftCitation[] } {
  const match = draftCitationMatcher(authorities);
  const byKey = new Map(authorities.map((authority) => [authority.key, authority]));
  const citations: DraftCitation[] = [];
  for (const [index, note] of notes.entries()) {
    let quote = note.quote;
    for (const piece of citationPieces(note.text)) {
      if (IBID.test(piece)) continue;
      const found = referenceToEarlierNote(piece, match(piece), citations);
      if (found === null) continue;
      const quoted = quote;
      quote = '';
      if ('unmatched' in found) {
        citations.push({
          note: index + 1,
          text: piece,
          key: null,
          pinpoint: '',
          quote: quoted,
          state: 'unmatched',
          reason: 'reason' in found ? found.reason : 'It matches none of the case’s authorities.',
          passage: '',
        });
        continue;
      }
      const authority = byKey.get(found.key)!;
      const check = checkCitation({
        nodeId: 0,
        index: 0,
        key: found.key,
        pinpoint: found.pinpoint,
        quote: quoted,
        authorityExists: true,
        source: sourceOf(authority),
      });
      citations.push({
        note: index + 1,
        text: piece,
        key: found.key,
        pinpoint: found.pinpoint,
        quote: quoted,
        state: check.state,
        reason: check.reason,
        passage: check.passage,
      });
    }
  }
  return { notes: notes.length, citations, unmatched: citations.filter((citation) => citation.key === null) };
}

const EARLIER_NOTE = /\((?:n|note)\.?\s*(\d{1,4})\)|\bsupra\s+(?:n|note)\.?\s*(\d{1,4})/i;
const BARE_PAGE = /^[\s,]*(?:at\s+)?(\d{1,5}(?:\s*[–-]\s*\d{1,5})?)\s*$/;

/**
 * A short form that names no authority of its own but an earlier note ("Crawford (n 4) 37", "Hathaway, supra note 3,
 * at 45") cites what that note's first citation cites, at the pinpoint after the reference; one referring to a
 * citation that matched nothing matches nothing either.
 */
function referenceToEarlierNote(
  piece: string,
  found: DraftCitationMatch,
  earlier: readonly DraftCitation[],
): DraftCitationMatch | { unmatched: true; reason: string } {
  if (found !== null && !('unmatched' in found)) return found;
  const reference = EARLIER_NOTE.exec(piece);
  if (!reference) return found;
  const note = Number(reference[1] ?? reference[2]);
  const cited = earlier.find((citation) => citation.note === note);
  if (!cited) return found;
  if (cited.key === null) {
    return {
      unmatched: true,
      reason: `It refers to note ${note}, whose citation matches none of the case’s authorities.`,
    };
  }
  const after = piece.slice(reference.index + reference[0].length);
  const page = BARE_PAGE.exec(after)?.[1];
  return { key: cited.key, pinpoint: draftPinpoint(after)?.pinpoint ?? (page ? `p ${page.replace(/\s+/g, '')}` : '') };
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
