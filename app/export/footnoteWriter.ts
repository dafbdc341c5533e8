import {
  AUTHORITY_GROUP_TITLES,
  AUTHORITY_GROUPS,
  authorityGroup,
  type CitableAuthority,
  type CitationRun,
  FootnoteSequencer,
  type NoteFormatter,
  runsToPlainText,
} from '../cite';
import type { DocumentAuthority } from '../interchange/documentSchema';
import type { CitationStyle } from '../model/types';
import type { ExportWarning, IndexGroup, LayoutFootnote, LayoutInline } from './documentLayout';

/** A citation to put in a footnote: the authority's key, a pinpoint and a signal such as "see also". */
export interface NoteCitation {
  key: string;
  pinpoint: string;
  signal?: string;
}

/** Citations of one source side by side become one, their pinpoints joined ("para 34, para 35"). */
export function mergeByAuthority(citations: readonly NoteCitation[]): NoteCitation[] {
  const merged = new Map<string, NoteCitation>();
  for (const citation of citations) {
    const existing = merged.get(citation.key);
    if (!existing) merged.set(citation.key, { ...citation });
    else if (citation.pinpoint && !existing.pinpoint.split(', ').includes(citation.pinpoint)) {
      existing.pinpoint = existing.pinpoint ? `${existing.pinpoint}, ${citation.pinpoint}` : citation.pinpoint;
    }
  }
  return [...merged.values()];
}

/** Turns a document's citations into numbered footnotes in reading order, and collects its Index of Authorities. */
export class FootnoteWriter {
  readonly footnotes: LayoutFootnote[] = [];
  readonly warnings: ExportWarning[] = [];
  private readonly formatter: NoteFormatter;
  private readonly longCitations = new Map<string, CitationRun[]>();
  private readonly authorities = new Map<string, CitableAuthority>();
  private readonly shortCitations = new Map<string, string>();
  private readonly cited = new Set<string>();

  /** Footnotes in the case's own style, or in the one `formatter` writes (a CSL style the user supplied). */
  constructor(style: CitationStyle, authorities: readonly DocumentAuthority[], formatter?: NoteFormatter) {
    this.formatter = formatter ?? new FootnoteSequencer(style);
    const shortCounts = new Map<string, number>();
    const shortOf = (authority: DocumentAuthority) => authority.short?.trim() || authority.key;
    for (const authority of authorities) {
      shortCounts.set(shortOf(authority), (shortCounts.get(shortOf(authority)) ?? 0) + 1);
      this.authorities.set(authority.key, {
        key: authority.key,
        type: authority.type,
        short: authority.short ?? '',
        csl: authority.csl ?? {},
      });
    }
    for (const authority of authorities) {
      const short = shortOf(authority);
      this.shortCitations.set(authority.key, shortCounts.get(short)! > 1 ? `${short} [${authority.key}]` : short);
    }
  }

  /** The reference to a new footnote holding these citations, formatted in the style's sequence (full, short, ibid). */
  cite(citations: readonly NoteCitation[]): LayoutInline {
    const resolved = citations.map((citation) => ({ citation, authority: this.authority(citation.key) }));
    const runs = this.formatter.next(
      resolved.map(({ citation, authority }) => ({
        authority,
        pinpoint: citation.pinpoint,
        ...(citation.signal ? { signal: citation.signal } : {}),
      })),
    );
    const number = this.formatter.currentNote;
    for (const [revised, revisedRuns] of this.formatter.takeRevisions()) {
      const footnote = this.footnotes[revised - 1];
      if (footnote) footnote.runs = revisedRuns;
    }
    this.footnotes.push({
      number,
      runs,
      citations: resolved.map(({ authority }) => {
        const first = !this.cited.has(authority.key);
        this.cited.add(authority.key);
        return {
          authorityKey: authority.key,
          longCitation: this.longCitation(authority),
          shortCitation: this.shortCitations.get(authority.key)!,
          category: AUTHORITY_GROUPS.indexOf(authorityGroup(authority.type)) + 1,
          first,
        };
      }),
    });
    return { type: 'footnote', number };
  }

  /** An authority's short citation and its entry in full, without a footnote (the bench cards cite in the text). */
  reference(key: string): { short: string; type: CitableAuthority['type']; entry: CitationRun[] } {
    const authority = this.authority(key);
    return { short: this.shortCitations.get(key)!, type: authority.type, entry: this.longCitation(authority) };
  }

  /** Each cited authority once, grouped in the order of AUTHORITY_GROUPS and sorted by its entry. */
  index(): IndexGroup[] {
    const entries = new Map<string, { footnotes: number[]; entry: LayoutFootnote['citations'][number] }>();
    for (const footnote of this.footnotes) {
      for (const citation of footnote.citations) {
        const existing = entries.get(citation.authorityKey);
        if (!existing) entries.set(citation.authorityKey, { footnotes: [footnote.number], entry: citation });
        else if (existing.footnotes.at(-1) !== footnote.number) existing.footnotes.push(footnote.number);
      }
    }
    return AUTHORITY_GROUPS.map((group, index) => ({
      group,
      title: AUTHORITY_GROUP_TITLES[group],
      category: index + 1,
      entries: [...entries.values()]
        .filter(({ entry }) => entry.category === index + 1)
        .map(({ footnotes, entry }) => ({
          key: entry.authorityKey,
          runs: entry.longCitation,
          shortCitation: entry.shortCitation,
          footnotes,
          order: sortKey(entry.longCitation),
        }))
        .sort((left, right) => ENGLISH.compare(left.order, right.order))
        .map(({ order: _order, ...entry }) => entry),
    })).filter((group) => group.entries.length > 0);
  }

  /** The authority's entry in the index, written once. */
  private longCitation(authority: CitableAuthority): CitationRun[] {
    let runs = this.longCitations.get(authority.key);
    if (!runs) {
      runs = this.formatter.indexEntry(authority);
      this.longCitations.set(authority.key, runs);
    }
    return runs;
  }

  private authority(key: string): CitableAuthority {
    const known = this.authorities.get(key);
    if (known) return known;
    const authority: CitableAuthority = { key, type: 'other', short: key, csl: { title: key } };
    this.authorities.set(key, authority);
    this.shortCitations.set(key, key);
    this.warnings.push({
      code: 'citation-missing-authority',
      message: `A citation names "${key}", which is not an authority of this case; its footnote shows the key.`,
    });
    return authority;
  }
}

// One collator for every comparison: `localeCompare(other, 'en')` builds one each time it is called.
const ENGLISH = new Intl.Collator('en');

function sortKey(runs: Parameters<typeof runsToPlainText>[0]): string {
  return runsToPlainText(runs)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .toLowerCase();
}
