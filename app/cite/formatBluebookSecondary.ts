/*
 * Bluebook (21st edition, practitioners' typeface: titles of books, articles and reports italic) full
 * forms of secondary sources. They read the CSL-JSON fields documented in formatOscolaSecondary.ts;
 * `publisher` is not printed, and a web page without an `issued` date gets "(last visited …)" from
 * `accessed`.
 */
import type { CslItem } from '../model/types';
import { authorityTitle, cslOf } from './authorityTitle';
import type { CitableAuthority } from './citableAuthority';
import { formatDate, formatYear } from './formatDate';
import { formatEdition } from './formatEdition';
import { countNames, formatNames } from './formatNames';
import { cslText, firstPage } from './readCsl';
import { reportSeries } from './reportSeries';
import { italic, joinRuns, joinText, type Runs, roman, wrapRuns } from './runParts';
import { styleAbbreviation } from './styleAbbreviation';

function spacePinpoint(pinpoint: string): Runs {
  return roman(pinpoint === '' ? '' : ` ${pinpoint}`);
}

function commaPinpoint(pinpoint: string): Runs {
  return roman(pinpoint === '' ? '' : `, ${pinpoint}`);
}

function authorsThen(csl: CslItem, runs: Runs): Runs {
  return joinRuns([roman(formatNames(csl.author, 'bluebook')), runs], ', ');
}

/** Bluebook book: "James Crawford, *State Responsibility* 45 (2d ed. 2013)"; chapters "Author, *Chapter*, in *Book* 45 (Editor ed., 2013)". */
export function formatBluebookBook(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const editors = formatNames(csl.editor, 'bluebook');
  const editorPart = editors === '' ? '' : `${editors} ${countNames(csl.editor) > 1 ? 'eds.' : 'ed.'}`;
  const publication = joinText(
    [editorPart, joinText([formatEdition(csl.edition, 'bluebook'), formatYear(csl.issued, 'bluebook')], ' ')],
    ', ',
  );
  const book = cslText(csl, 'container-title');
  const titled =
    book === ''
      ? italic(authorityTitle(authority))
      : [...italic(authorityTitle(authority)), ...roman(', in '), ...italic(book)];
  return [...authorsThen(csl, titled), ...spacePinpoint(pinpoint), ...wrapRuns(' (', roman(publication), ')')];
}

/** Bluebook article: "Author, *Title*, 21 Eur. J. Int'l L. 1, 5 (2010)"; without a volume "2010 Journal 1, 5". */
export function formatBluebookArticle(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const year = formatYear(csl.issued, 'bluebook');
  const volume = cslText(csl, 'volume');
  const journal = styleAbbreviation(cslText(csl, 'container-title'), 'bluebook');
  const location = joinText([volume || year, journal, firstPage(csl)], ' ');
  return [
    ...authorsThen(csl, italic(authorityTitle(authority))),
    ...roman(location === '' ? '' : `, ${location}`),
    ...commaPinpoint(pinpoint),
    ...roman(volume !== '' && year !== '' ? ` (${year})` : ''),
  ];
}

/** Bluebook report: "Author, *Title* 12 (MSMT Report No. 1, May 29, 2025), URL"; in a yearbook "Author, *Title*, [2001] 2 Y.B. Int'l L. Comm'n 31". */
export function formatBluebookReport(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const container = cslText(csl, 'container-title');
  const titled = authorsThen(csl, italic(authorityTitle(authority)));
  if (container !== '') {
    const year = formatYear(csl.issued, 'bluebook');
    const location = joinText(
      [
        year === '' ? '' : `[${year}]`,
        cslText(csl, 'volume').replace(/^vol\.?\s*/i, ''),
        styleAbbreviation(container, 'bluebook'),
        firstPage(csl),
      ],
      ' ',
    );
    return [...titled, ...roman(location === '' ? '' : `, ${location}`), ...commaPinpoint(pinpoint)];
  }
  const publication = joinText([reportSeries(csl, 'No.'), formatDate(csl.issued, 'bluebook')], ', ');
  const url = cslText(csl, 'URL');
  return [
    ...titled,
    ...spacePinpoint(pinpoint),
    ...wrapRuns(' (', roman(publication), ')'),
    ...roman(url === '' ? '' : `, ${url}`),
  ];
}

/** Bluebook web page or other source: "Author, *Title*, Website (June 19, 2024), URL", or "…, URL (last visited May 1, 2025)". */
export function formatBluebookWebpage(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const site = cslText(csl, 'container-title') || cslText(csl, 'publisher');
  const date = formatDate(csl.issued, 'bluebook');
  const url = cslText(csl, 'URL');
  const accessed = formatDate(csl.accessed, 'bluebook');
  return [
    ...authorsThen(csl, joinRuns([italic(authorityTitle(authority)), roman(site)], ', ')),
    ...commaPinpoint(pinpoint),
    ...roman(date === '' ? '' : ` (${date})`),
    ...roman(url === '' ? '' : `, ${url}`),
    ...roman(date === '' && url !== '' && accessed !== '' ? ` (last visited ${accessed})` : ''),
  ];
}
