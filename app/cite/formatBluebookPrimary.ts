/*
 * Bluebook (21st edition) full forms of primary sources. They read the CSL-JSON fields documented in
 * formatOscolaPrimary.ts, plus, for treaties, `collection-title` (a parallel citation written out,
 * '21 U.S.T. 483', printed before the series) and `authority` (the parties of a bilateral treaty,
 * 'Russ.-N. Kor.'), and for legislation `number` ('Pub. L. No. 88-352'), `container-title`, `volume`,
 * `page` ('78 Stat. 241'). Entry into force and the treaty `genre` are not printed; the Charter of the
 * United Nations is cited as "U.N. Charter".
 */

import { authorityTitle, cslOf } from './authorityTitle';
import type { CitableAuthority } from './citableAuthority';
import { formatDate, formatMonthDay, formatYear } from './formatDate';
import { formatNames } from './formatNames';
import { cslText, firstPage } from './readCsl';
import { isAnnex, isResolution, resolutionNumber, unOrgan } from './readUnDocument';
import { italic, joinRuns, joinText, type Runs, roman } from './runParts';
import { styleAbbreviation } from './styleAbbreviation';

const ORGAN_NAMES: Readonly<Record<string, string>> = {
  UNSC: 'U.N. Security Council',
  UNGA: 'U.N. General Assembly',
  ECOSOC: 'U.N. Economic and Social Council',
  UNSG: 'U.N. Secretary-General',
  UNHRC: 'U.N. Human Rights Council',
  HRC: 'U.N. Human Rights Council',
  ILC: "Int'l Law Comm'n",
};

function commaPinpoint(pinpoint: string): string {
  return pinpoint === '' ? '' : `, ${pinpoint}`;
}

/** Bluebook treaty: "Title art. X, July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161"; "U.N. Charter art. 25". */
export function formatBluebookTreaty(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const title = authorityTitle(authority);
  const name = /^charter of the united nations$/i.test(title) ? 'U.N. Charter' : title;
  const named = joinText([name, pinpoint], ' ');
  if (name === 'U.N. Charter') return roman(named);
  const series = cslText(csl, 'container-title');
  const seriesCitation =
    series === '' ? '' : joinText([cslText(csl, 'volume'), styleAbbreviation(series, 'bluebook'), firstPage(csl)], ' ');
  return roman(
    joinText(
      [
        named,
        cslText(csl, 'authority'),
        formatDate(csl.issued, 'bluebook'),
        cslText(csl, 'collection-title'),
        seriesCitation,
      ],
      ', ',
    ),
  );
}

/** Bluebook UN document: "S.C. Res. 1718, ¶ 8(a) (Oct. 14, 2006)"; others "Author, *Title*, ¶ 3, U.N. Doc. S/2024/215 (Mar. 7, 2024)". */
export function formatBluebookUnDocument(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const organ = unOrgan(csl);
  const title = cslText(csl, 'title');
  const date = formatDate(csl.issued, 'bluebook');
  const datePart = date === '' ? '' : ` (${date})`;
  if (isResolution(csl)) {
    const head = joinText([styleAbbreviation(organ, 'bluebook'), 'Res.', resolutionNumber(csl)], ' ');
    const annex = isAnnex(csl) ? [cslText(csl, 'section'), title] : [];
    return roman(`${joinText([head, ...annex, pinpoint], ', ')}${datePart}`);
  }
  const author = formatNames(csl.author, 'bluebook') || ORGAN_NAMES[organ] || organ;
  const named =
    title !== ''
      ? joinRuns([roman(author), italic(title)], ', ')
      : roman(joinText([author, cslText(csl, 'genre')], ' ') || authorityTitle(authority));
  const symbol = cslText(csl, 'number').replace(/^UN Doc\.?\s*/i, '');
  const status = cslText(csl, 'status');
  return [
    ...named,
    ...roman(commaPinpoint(pinpoint)),
    ...roman(symbol === '' ? '' : `, U.N. Doc. ${symbol}`),
    ...roman(datePart),
    ...roman(status === '' ? '' : ` (${status})`),
  ];
}

/** Bluebook case: "*Name*, Advisory Opinion, 1971 I.C.J. 16, ¶¶ 113–14 (June 21)". */
export function formatBluebookCase(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const name = authorityTitle(authority).replace(/ v (?=\S)/g, ' v. ');
  const report = cslText(csl, 'container-title');
  const court = styleAbbreviation(cslText(csl, 'authority'), 'bluebook');
  const volume = cslText(csl, 'volume');
  let location: string;
  let parenthetical: string;
  if (report !== '' && volume === '') {
    location = joinText(
      [formatYear(csl.issued, 'bluebook'), styleAbbreviation(report, 'bluebook'), firstPage(csl)],
      ' ',
    );
    parenthetical = formatMonthDay(csl.issued);
  } else if (report !== '') {
    location = joinText([volume, styleAbbreviation(report, 'bluebook'), firstPage(csl)], ' ');
    parenthetical = joinText([court, formatDate(csl.issued, 'bluebook') || formatYear(csl.issued, 'bluebook')], ' ');
  } else {
    location = cslText(csl, 'number');
    parenthetical = joinText([court, formatDate(csl.issued, 'bluebook')], ' ');
  }
  const after = joinText([cslText(csl, 'genre'), location, pinpoint], ', ');
  return [...joinRuns([italic(name), roman(after)], ', '), ...roman(parenthetical === '' ? '' : ` (${parenthetical})`)];
}

/** Bluebook legislation: "Title, Pub. L. No. 88-352, § 7, 78 Stat. 241 (1964)" (no year when the title has one). */
export function formatBluebookLegislation(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const title = authorityTitle(authority);
  const container = cslText(csl, 'container-title');
  const source =
    container === ''
      ? ''
      : joinText([cslText(csl, 'volume'), styleAbbreviation(container, 'bluebook'), firstPage(csl)], ' ');
  const year = /\b\d{4}\b/.test(title) ? '' : formatYear(csl.issued, 'bluebook');
  return roman(
    joinText([joinText([title, cslText(csl, 'number'), pinpoint, source], ', '), year === '' ? '' : `(${year})`], ' '),
  );
}
