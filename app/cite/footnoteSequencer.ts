import type { CitationStyle } from '../model/types';
import type { CitableAuthority } from './citableAuthority';
import { type CitationRun, runsToPlainText } from './citationRun';
import { formatFull, formatIbid, formatShort } from './formatCitation';
import { joinRuns, mergeRuns, type Runs } from './runParts';

/** One citation in a footnote: the authority and an optional pinpoint. */
export interface FootnoteCitation {
  authority: CitableAuthority;
  pinpoint: string;
}

/** Adds the closing full stop (period) unless the text already ends with one ("Id.", "et al."). */
function endWithFullStop(runs: Runs): Runs {
  if (runs.length === 0 || runsToPlainText(runs).endsWith('.')) return runs;
  return mergeRuns([...runs, { text: '.' }]);
}

/**
 * Assigns footnote texts to a document's citations in reading order: the full form the first time an
 * authority is cited, the short form (with the number of that first footnote) afterwards, and ibid / Id.
 * when the footnote cites the single authority that the immediately preceding footnote cited alone.
 * Footnotes are numbered from 1, one per call of `next`.
 */
export class FootnoteSequencer {
  private readonly firstNotes = new Map<string, number>();
  private noteNumber = 0;
  private previousSingleKey: string | null = null;

  constructor(private readonly style: CitationStyle) {}

  /** The number of the footnote most recently produced (0 before the first). */
  get currentNote(): number {
    return this.noteNumber;
  }

  /** The text of the next footnote: its citations joined with '; ', ending with a full stop. */
  next(citations: readonly FootnoteCitation[]): CitationRun[] {
    this.noteNumber += 1;
    const only = citations.length === 1 ? citations[0] : undefined;
    let runs: Runs;
    if (only !== undefined && only.authority.key === this.previousSingleKey) {
      runs = formatIbid(only.pinpoint, this.style);
    } else {
      runs = joinRuns(
        citations.map((citation) => this.cite(citation)),
        '; ',
      );
    }
    this.previousSingleKey = only === undefined ? null : only.authority.key;
    return endWithFullStop(mergeRuns(runs));
  }

  private cite({ authority, pinpoint }: FootnoteCitation): Runs {
    const firstNote = this.firstNotes.get(authority.key);
    if (firstNote !== undefined) return formatShort(authority, pinpoint, this.style, firstNote);
    this.firstNotes.set(authority.key, this.noteNumber);
    return formatFull(authority, pinpoint, this.style);
  }
}
