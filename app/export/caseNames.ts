import { MONTHS } from '../cite/formatDate';
import type { CaseInfo, CitationStyle, Side } from '../model/types';

/** The party within a sentence: "Testland, the Applicant,", "the Republic of Korea, the Applicant," or, when the
 * party is not named (or is named only "Applicant"), "the Applicant". */
export function describeParty(info: CaseInfo, side: Side): string {
  const name = (side === 'applicant' ? info.applicant : info.respondent).trim();
  // A template's placeholder party ("Applicant") is not named twice: "the Applicant", not "Applicant, the Applicant,".
  if (name === '' || name.toLowerCase() === sideLabel(side).toLowerCase()) return `the ${sideLabel(side)}`;
  return `${stateInSentence(name)}, the ${sideLabel(side)},`;
}

// Names of States that take the definite article in running text ("the Russian Federation", "the Netherlands"),
// though not in a case name ("Republic of Korea v Russian Federation").
const TAKES_THE =
  /^(Republic|Democratic|Federal|Federated|Islamic|Kingdom|Principality|Grand Duchy|Sultanate|State of|United|Union|Russian Federation|Plurinational|Bolivarian|Arab|Syrian Arab|Lao People|People['’]s|Czech Republic|Central African|Dominican Republic|Holy See|Netherlands|Gambia|Philippines|Bahamas|Marshall Islands|Solomon Islands|Maldives|Comoros|Sudan|Congo)\b/;

/** A State's name as it reads inside a sentence: "the Republic of Korea", but "Japan". */
export function stateInSentence(name: string): string {
  return !/^the\s/i.test(name) && TAKES_THE.test(name) ? `the ${name}` : name;
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
  const month = MONTHS[date.getUTCMonth()];
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  return style === 'bluebook' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
}
