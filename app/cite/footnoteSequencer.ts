import type { CitationStyle } from '../model/types';
import type { CitableAuthority } from './citableAuthority';
import { type CitationRun, runsToPlainText } from './citationRun';
import { richTextRuns } from './citeprocRuns';
import { mergePinpoints } from './convertPinpoint';
import { formatFull, formatIbid, formatShort, indexEntry } from './formatCitation';
import { joinRuns, mergeRuns, type Runs } from './runParts';

/** One citation in a footnote: the authority, an optional pinpoint and an optional signal ("see", "cf"). */
export interface FootnoteCitation {
  authority: CitableAuthority;
  pinpoint: string;
  signal?: string;
}

/**
 * A footnote's citations with each authority cited once: a later citation of an authority already in the note
 * adds its pinpoint to the first ("paras 195, 199"), so that a note never refers to itself ("(n 116)" in note 116).
 */
export function mergeRepeatedCitations(citations: readonly FootnoteCitation[]): FootnoteCitation[] {
  const merged: FootnoteCitation[] = [];
  for (const citation of citations) {
    const index = merged.findIndex((earlier) => earlier.authority.key === citation.authority.key);
    if (index === -1) merged.push(citation);
    else merged[index] = { ...merged[index]!, pinpoint: mergePinpoints(merged[index]!.pinpoint, citation.pinpoint) };
  }
  return merged;
}

/** A signal before a citation: capitalised when it opens the footnote, italic in Bluebook ("See id."). */
function withSignal(signal: string | undefined, runs: Runs, style: CitationStyle, opening: boolean): Runs {
  const text = signal?.trim() ?? '';
  if (text === '') return runs;
  const cased = opening ? text.charAt(0).toUpperCase() + text.slice(1) : text.charAt(0).toLowerCase() + text.slice(1);
  const first = runs[0];
  const lowered =
    first && /^(Id\.|Ibid)/.test(first.text)
      ? [{ ...first, text: first.text.charAt(0).toLowerCase() + first.text.slice(1) }, ...runs.slice(1)]
      : runs;
  return [{ text: cased, ...(style === 'bluebook' ? { italic: true } : {}) }, { text: ' ' }, ...lowered];
}

/** Adds the closing full stop (period) unless the text already ends with one ("Id.", "et al."). */
function endWithFullStop(runs: Runs): Runs {
  if (runs.length === 0 || runsToPlainText(runs).endsWith('.')) return runs;
  return mergeRuns([...runs, { text: '.' }]);
}

/** Writes the text of each footnote in turn, and the entry of each authority in the Index of Authorities. */
export interface NoteFormatter {
  /** The text of the next footnote, numbered one more than the last. */
  next(citations: readonly FootnoteCitation[]): CitationRun[];
  /** The number of the footnote most recently produced (0 before the first). */
  readonly currentNote: number;
  /** The authority's entry in the Index of Authorities. */
  indexEntry(authority: CitableAuthority): CitationRun[];
  /** Earlier footnotes that the latest changed (a CSL style disambiguating names), by number; emptied by the call. */
  takeRevisions(): ReadonlyMap<number, CitationRun[]>;
}

/**
 * Assigns footnote texts to a document's citations in reading order: the full form the first time an
 * authority is cited, the short form (with the number of that first footnote) afterwards, and ibid / Id.
 * when the footnote cites the single authority that the immediately preceding footnote cited alone.
 * Footnotes are numbered from 1, one per call of `next`.
 */
export class FootnoteSequencer implements NoteFormatter {
  private readonly firstNotes = new Map<string, number>();
  private noteNumber = 0;
  private previousSingleKey: string | null = null;

  constructor(private readonly style: CitationStyle) {}

  /** The number of the footnote most recently produced (0 before the first). */
  get currentNote(): number {
    return this.noteNumber;
  }

  /** The text of the next footnote: its citations joined with '; ', ending with a full stop. */
  next(cited: readonly FootnoteCitation[]): CitationRun[] {
    this.noteNumber += 1;
    const citations = mergeRepeatedCitations(cited);
    const only = citations.length === 1 ? citations[0] : undefined;
    let runs: Runs;
    if (only !== undefined && only.authority.key === this.previousSingleKey) {
      runs = withSignal(only.signal, formatIbid(only.pinpoint, this.style), this.style, true);
    } else {
      runs = joinRuns(
        citations.map((citation, index) => withSignal(citation.signal, this.cite(citation), this.style, index === 0)),
        '; ',
      );
    }
    this.previousSingleKey = only === undefined ? null : only.authority.key;
    return endWithFullStop(richTextRuns(mergeRuns(runs)));
  }

  /** The entry for the Index of Authorities: the full form without a pinpoint or closing full stop. */
  indexEntry(authority: CitableAuthority): CitationRun[] {
    return richTextRuns(indexEntry(authority, this.style));
  }

  /** The built-in styles never change a footnote once written. */
  takeRevisions(): ReadonlyMap<number, CitationRun[]> {
    return new Map();
  }

  private cite({ authority, pinpoint }: FootnoteCitation): Runs {
    const firstNote = this.firstNotes.get(authority.key);
    if (firstNote !== undefined) return formatShort(authority, pinpoint, this.style, firstNote);
    this.firstNotes.set(authority.key, this.noteNumber);
    return formatFull(authority, pinpoint, this.style);
  }
}
