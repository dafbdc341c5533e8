import type { Authority, NodeSummary } from '../../model/types';
import { type CitationState, ERROR_STATES } from '../citationCheck';
import type { CheckedCitation } from '../citeChecker';

/** How each state reads in the report. */
export const STATE_LABELS: Record<CitationState, string> = {
  verified: 'Verified',
  'pinpoint-not-in-source': 'Pinpoint not in source',
  'quote-not-in-source': 'Quotation not in source',
  'no-source': 'No source attached',
  'authority-missing': 'Authority missing',
};

/** The words of a source a report quotes at most. */
const PASSAGE_WORDS = 120;

/** One citation as the report lists it. */
export interface ReportEntry {
  number: number;
  /** The node that makes the citation: its kind and title. */
  where: string;
  authority: string;
  key: string;
  pinpoint: string;
  state: CitationState;
  stateLabel: string;
  reason: string;
  quote: string;
  passage: string;
  /** Who checked it and when: a person by hand, or Casewright on the report's date. */
  checked: string;
}

/** The Cite Check Report of a case: every citation in document order, with what its source says. */
export interface CiteCheckReport {
  caseTitle: string;
  date: string;
  summary: string;
  entries: ReportEntry[];
}

/** Builds the report from the checks of the case's citations (in reading order). */
export function citeCheckReport(
  caseTitle: string,
  citations: readonly CheckedCitation[],
  nodes: ReadonlyMap<number, NodeSummary>,
  authorities: readonly Authority[],
  date: string,
): CiteCheckReport {
  const byKey = new Map(authorities.map((authority) => [authority.key, authority]));
  const entries = citations.map((citation, index): ReportEntry => {
    const node = nodes.get(citation.nodeId);
    const authority = byKey.get(citation.key);
    return {
      number: index + 1,
      where: node
        ? `${node.kind.charAt(0).toUpperCase()}${node.kind.slice(1)} “${node.title.trim() || `#${node.id}`}”`
        : `#${citation.nodeId}`,
      authority: authority
        ? String(authority.short || authority.csl.title || authority.key)
        : `${citation.key} (not an authority of the case)`,
      key: citation.key,
      pinpoint: citation.pinpoint,
      state: citation.state,
      stateLabel: STATE_LABELS[citation.state],
      reason: citation.reason,
      quote: citation.quote,
      passage: shortened(citation.passage),
      checked: checkedLine(citation, date),
    };
  });
  return { caseTitle, date, summary: summary(citations), entries };
}

/** Who checked a citation and when; a citation with nothing to hold it against was not checked, and says so. */
function checkedLine(citation: CheckedCitation, date: string): string {
  if (citation.checkedBy !== null) return `Checked by hand by ${citation.checkedBy} on ${citation.checkedOn}`;
  if (citation.state === 'no-source') return 'Not checked: no source is attached to check it against';
  if (citation.state === 'authority-missing') return 'Not checked: the case has no such authority';
  return `Checked by Casewright on ${date}`;
}

function summary(citations: readonly CheckedCitation[]): string {
  const open = citations.filter((citation) => ERROR_STATES.has(citation.state) && citation.checkedBy === null).length;
  const counts = new Map<CitationState, number>();
  for (const citation of citations) counts.set(citation.state, (counts.get(citation.state) ?? 0) + 1);
  const parts = [...counts].map(([state, count]) => `${count} ${STATE_LABELS[state].toLowerCase()}`);
  const total = `${citations.length} citation${citations.length === 1 ? '' : 's'}`;
  return `${total}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}. ${open === 0 ? 'No citation is in error.' : `${open} in error and not checked by hand.`}`;
}

function shortened(passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= PASSAGE_WORDS ? words.join(' ') : `${words.slice(0, PASSAGE_WORDS).join(' ')} …`;
}
