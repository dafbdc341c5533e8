/*
 * OSCOLA full forms of primary sources. CSL-JSON fields read, per authority type:
 *
 * treaty       title; `genre` = how it was concluded, printed before `issued`: 'adopted' (the default),
 *              'opened for signature', 'signed', 'done', 'concluded' are followed by the date directly,
 *              any other phrase by a comma ('annexed to the Charter, 26 June 1945'); `issued` = date of
 *              adoption / opening for signature / signature; `event-date` = date of entry into force;
 *              `container-title` = treaty series ('UNTS'), `volume`, `page` (first page, may be roman).
 *              Bluebook only: `collection-title` = a parallel citation printed before the series, written
 *              out ('21 U.S.T. 483'); `authority` = the parties of a bilateral treaty ('Russ.-N. Kor.').
 * un_document  `authority` = issuing organ ('UNSC', 'UNGA'; read from an 'S/', 'A/', 'E/' resolution symbol
 *              when absent); `genre` = 'Res' for resolutions (assumed when there is no genre and the symbol
 *              holds '/RES/'), else the kind of an untitled document ('Verbatim Record'); `number` = symbol
 *              ('S/RES/1718'); `collection-number` = resolution number when it cannot be read from the
 *              symbol; `issued` = date; `title` (ignored for resolutions, except annexes); `section` =
 *              'annex' when the item is a text annexed to the resolution (`author` = its author, 'ILC',
 *              and `title` = its title); `author` (else `authority`) heads a titled document; `status` =
 *              a closing remark ('not adopted').
 * case         `title` = case name with the parties, italic ('Military and Paramilitary Activities in and
 *              against Nicaragua (Nicaragua v United States of America)'); `genre` = phase or kind of
 *              decision ('Advisory Opinion', 'Merits', 'Preliminary Objections'); `issued` = date of the
 *              decision (year in the report citation; full date when unreported and for Bluebook);
 *              `container-title` = report ('ICJ Rep'), `volume` (only for reports numbered by volume,
 *              which puts the year in round brackets), `page` = first page; `authority` = court ('ICJ'),
 *              used when the decision is unreported and by Bluebook; `number` = docket / General List
 *              number, printed for unreported decisions.
 * legislation  `title` (the year is added from `issued` when the title holds none); Bluebook only:
 *              `number` ('Pub. L. No. 88-352'), `container-title`, `volume`, `page` ('78 Stat. 241').
 *
 * Every type: `references` = literal text appended to the full form after '; ' (a parallel source or
 * later history, e.g. 'text and commentaries in [2001] YBILC vol II pt 2, 26').
 */

import { authorityTitle, cslOf } from './authorityTitle';
import type { CitableAuthority } from './citableAuthority';
import { formatDate, formatYear } from './formatDate';
import { formatNames } from './formatNames';
import { cslText, firstPage } from './readCsl';
import { isAnnex, isResolution, resolutionNumber, unOrgan } from './readUnDocument';
import { italic, joinRuns, joinText, type Runs, roman } from './runParts';
import { styleAbbreviation } from './styleAbbreviation';

const DIRECT_VERBS = new Set(['adopted', 'opened for signature', 'signed', 'done', 'concluded']);

/** Pinpoint after a comma, as OSCOLA places it for treaties, UN documents, cases and legislation. */
function commaPinpoint(pinpoint: string): Runs {
  return roman(pinpoint === '' ? '' : `, ${pinpoint}`);
}

/** "(adopted 26 June 1945, entered into force 24 October 1945)": the dates a treaty's citation gives. */
function treatyDates(verb: string, concluded: string, inForce: string): string {
  const conclusion =
    concluded === '' ? '' : DIRECT_VERBS.has(verb.toLowerCase()) ? `${verb} ${concluded}` : `${verb}, ${concluded}`;
  return joinText([conclusion, inForce === '' ? '' : `entered into force ${inForce}`], ', ');
}

/** OSCOLA treaty: "Title (adopted date, entered into force date) 1 UNTS XVI, art 25". */
export function formatOscolaTreaty(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const dates = treatyDates(
    cslText(csl, 'genre') || 'adopted',
    formatDate(csl.issued, 'oscola'),
    formatDate(csl['event-date'], 'oscola'),
  );
  const series = cslText(csl, 'container-title');
  const seriesCitation =
    series === '' ? '' : joinText([cslText(csl, 'volume'), styleAbbreviation(series, 'oscola'), firstPage(csl)], ' ');
  return [
    ...roman(joinText([authorityTitle(authority), dates === '' ? '' : `(${dates})`, seriesCitation], ' ')),
    ...commaPinpoint(pinpoint),
  ];
}

/** OSCOLA UN document: "UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a)" and its variants. */
export function formatOscolaUnDocument(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const organ = unOrgan(csl);
  const author = formatNames(csl.author, 'oscola');
  const title = cslText(csl, 'title');
  const date = formatDate(csl.issued, 'oscola');
  const symbol = cslText(csl, 'number');
  const status = cslText(csl, 'status');
  const tail = joinText(
    [
      date === '' ? '' : `(${date})`,
      symbol === '' ? '' : /^UN Doc\b/i.test(symbol) ? symbol : `UN Doc ${symbol}`,
      status === '' ? '' : `(${status})`,
    ],
    ' ',
  );
  let head: Runs;
  if (isResolution(csl)) {
    const resolution = roman(joinText([joinText([organ, 'Res', resolutionNumber(csl)], ' '), tail], ' '));
    head =
      isAnnex(csl) && title !== ''
        ? [...roman(joinText([author, title], ', ')), ...roman(', annexed to '), ...resolution]
        : resolution;
  } else if (title !== '') {
    head = roman(joinText([joinText([author || organ, `‘${title}’`], ', '), tail], ' '));
  } else {
    const label = joinText([author || organ, cslText(csl, 'genre')], ' ') || authorityTitle(authority);
    head = roman(joinText([label, tail], ' '));
  }
  return [...head, ...commaPinpoint(pinpoint)];
}

/** OSCOLA case: "*Name (Parties)* (Phase) [1971] ICJ Rep 16, paras 113–14"; unreported "(ICJ, 2 February 2024)". */
export function formatOscolaCase(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const phase = cslText(csl, 'genre');
  const report = cslText(csl, 'container-title');
  let location: string;
  if (report !== '') {
    const year = formatYear(csl.issued);
    const volume = cslText(csl, 'volume');
    const yearPart = year === '' ? '' : volume === '' ? `[${year}]` : `(${year})`;
    location = joinText([yearPart, volume, styleAbbreviation(report, 'oscola'), firstPage(csl)], ' ');
  } else {
    const courtAndDate = joinText([cslText(csl, 'authority'), formatDate(csl.issued, 'oscola')], ', ');
    location = joinText([courtAndDate === '' ? '' : `(${courtAndDate})`, cslText(csl, 'number')], ' ');
  }
  const after = joinText([phase === '' ? '' : `(${phase})`, location], ' ');
  return joinRuns([italic(authorityTitle(authority)), roman(after)], ' ').concat(commaPinpoint(pinpoint));
}

/** OSCOLA legislation: "Human Rights Act 1998, s 3". */
export function formatOscolaLegislation(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const title = authorityTitle(authority);
  const year = /\b\d{4}\b/.test(title) ? '' : formatYear(csl.issued);
  return [...roman(joinText([title, year], ' ')), ...commaPinpoint(pinpoint)];
}
