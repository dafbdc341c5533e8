import type { CaseInfo, CitationStyle, Side } from '../model/types';

/** The party within a sentence: "Testland, the Applicant," or, when the party is not named, "the Applicant". */
export function describeParty(info: CaseInfo, side: Side): string {
  const name = (side === 'applicant' ? info.applicant : info.respondent).trim();
  return name ? `${name}, the ${sideLabel(side)},` : `the ${sideLabel(side)}`;
}

/** "Applicant" or "Respondent". */
export function sideLabel(side: Side): string {
  return side === 'applicant' ? 'Applicant' : 'Respondent';
}

/** "Republic of Korea v Russian Federation" (Bluebook: "v."), or the case title when the parties are not named. */
export function caseName(info: CaseInfo, style: CitationStyle): string {
  const applicant = info.applicant.trim();
  const respondent = info.respondent.trim();
  if (applicant === '' || respondent === '') return info.title.trim() || 'Untitled case';
  return `${applicant} ${style === 'bluebook' ? 'v.' : 'v'} ${respondent}`;
}

/** A date as the citation style writes it: "28 November 2026" (OSCOLA) or "November 28, 2026" (Bluebook). */
export function formatLongDate(date: Date, style: CitationStyle): string {
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  return style === 'bluebook' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
}
