import { appendReferences } from './appendReferences';
import { cslOf, shortLabel } from './authorityTitle';
import type { CitableAuthority } from './citableAuthority';
import { convertPinpoint, isPagePinpoint } from './convertPinpoint';
import {
  formatBluebookCase,
  formatBluebookLegislation,
  formatBluebookTreaty,
  formatBluebookUnDocument,
} from './formatBluebookPrimary';
import {
  formatBluebookArticle,
  formatBluebookBook,
  formatBluebookReport,
  formatBluebookWebpage,
} from './formatBluebookSecondary';
import { formatYear } from './formatDate';
import { cslText, firstPage } from './readCsl';
import { italic, joinText, mergeRuns, type Runs, roman } from './runParts';
import { styleAbbreviation } from './styleAbbreviation';

type FullFormatter = (authority: CitableAuthority, pinpoint: string) => Runs;

const FULL_FORMATTERS: Record<CitableAuthority['type'], FullFormatter> = {
  treaty: formatBluebookTreaty,
  un_document: formatBluebookUnDocument,
  case: formatBluebookCase,
  legislation: formatBluebookLegislation,
  book: formatBluebookBook,
  article: formatBluebookArticle,
  report: formatBluebookReport,
  webpage: formatBluebookWebpage,
  other: formatBluebookWebpage,
};

/** A pinpoint after "supra note 3," or "Id.": bare pages take "at" ("at 45"), labelled ones do not ("¶ 9"). */
function pinpointAfterReference(pinpoint: string): string {
  return isPagePinpoint(pinpoint) ? `at ${pinpoint}` : pinpoint;
}

/** Bluebook full citation without a closing period (see the formatter files for the CSL fields read). */
export function formatBluebookFull(authority: CitableAuthority, pinpoint: string): Runs {
  const formatter = FULL_FORMATTERS[authority.type] ?? formatBluebookWebpage;
  return mergeRuns(appendReferences(formatter(authority, convertPinpoint(pinpoint, 'bluebook')), authority));
}

/**
 * Bluebook short form: cases "*Namibia*, 1971 I.C.J. at 54" or "¶ 113" (no supra for cases), legislation
 * "Short § 7", everything else "NPT, *supra* note 3, art. X" / "Crawford, *supra* note 4, at 45".
 */
export function formatBluebookShort(authority: CitableAuthority, pinpoint: string, firstNote: number): Runs {
  const label = shortLabel(authority);
  const converted = convertPinpoint(pinpoint, 'bluebook');
  if (authority.type === 'case') {
    const csl = cslOf(authority);
    const report = cslText(csl, 'container-title');
    const reporter =
      report === ''
        ? ''
        : joinText(
            [cslText(csl, 'volume') || formatYear(csl.issued, 'bluebook'), styleAbbreviation(report, 'bluebook')],
            ' ',
          );
    const location =
      reporter === ''
        ? converted
        : joinText([reporter, converted === '' ? firstPage(csl) : pinpointAfterReference(converted)], ' ');
    return mergeRuns([...italic(label), ...roman(location === '' ? '' : `, ${location}`)]);
  }
  if (authority.type === 'legislation') return mergeRuns(roman(joinText([label, converted], ' ')));
  return mergeRuns([
    ...roman(`${label}, `),
    ...italic('supra'),
    ...roman(` note ${firstNote}`),
    ...roman(converted === '' ? '' : `, ${pinpointAfterReference(converted)}`),
  ]);
}

/** Bluebook reference to the immediately preceding citation: "*Id.*", "*Id.* ¶ 9", "*Id.* at 45". */
export function formatBluebookIbid(pinpoint: string): Runs {
  const converted = convertPinpoint(pinpoint, 'bluebook');
  return mergeRuns([...italic('Id.'), ...roman(converted === '' ? '' : ` ${pinpointAfterReference(converted)}`)]);
}
