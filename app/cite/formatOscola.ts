import { appendReferences } from './appendReferences';
import { shortLabel } from './authorityTitle';
import type { CitableAuthority } from './citableAuthority';
import { convertPinpoint } from './convertPinpoint';
import {
  formatOscolaCase,
  formatOscolaLegislation,
  formatOscolaTreaty,
  formatOscolaUnDocument,
} from './formatOscolaPrimary';
import {
  formatOscolaArticle,
  formatOscolaBook,
  formatOscolaReport,
  formatOscolaWebpage,
} from './formatOscolaSecondary';
import { italic, mergeRuns, type Runs, roman } from './runParts';

type FullFormatter = (authority: CitableAuthority, pinpoint: string) => Runs;

const FULL_FORMATTERS: Record<CitableAuthority['type'], FullFormatter> = {
  treaty: formatOscolaTreaty,
  un_document: formatOscolaUnDocument,
  case: formatOscolaCase,
  legislation: formatOscolaLegislation,
  book: formatOscolaBook,
  article: formatOscolaArticle,
  report: formatOscolaReport,
  webpage: formatOscolaWebpage,
  other: formatOscolaWebpage,
};

/** OSCOLA full citation without a closing full stop (see the formatter files for the CSL fields read). */
export function formatOscolaFull(authority: CitableAuthority, pinpoint: string): Runs {
  const formatter = FULL_FORMATTERS[authority.type] ?? formatOscolaWebpage;
  return mergeRuns(appendReferences(formatter(authority, convertPinpoint(pinpoint, 'oscola')), authority));
}

/**
 * OSCOLA subsequent citation: "*Namibia* (n 3) para 113" (case names italic), "NPT (n 2) art X",
 * "Crawford (n 4) 45"; legislation takes no cross-reference: "HRA 1998, s 3".
 */
export function formatOscolaShort(authority: CitableAuthority, pinpoint: string, firstNote: number): Runs {
  const label = shortLabel(authority);
  const converted = convertPinpoint(pinpoint, 'oscola');
  if (authority.type === 'legislation') {
    return mergeRuns(roman(converted === '' ? label : `${label}, ${converted}`));
  }
  const name = authority.type === 'case' ? italic(label) : roman(label);
  return mergeRuns([...name, ...roman(` (n ${firstNote})`), ...roman(converted === '' ? '' : ` ${converted}`)]);
}

/** OSCOLA reference to the immediately preceding footnote: "ibid", "ibid para 9" (roman, lower case). */
export function formatOscolaIbid(pinpoint: string): Runs {
  const converted = convertPinpoint(pinpoint, 'oscola');
  return roman(converted === '' ? 'ibid' : `ibid ${converted}`);
}
