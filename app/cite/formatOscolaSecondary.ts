/*
 * OSCOLA full forms of secondary sources. CSL-JSON fields read, per authority type:
 *
 * book      `author` (else `editor`, printed with '(ed)' / '(eds)'); `title` (italic); `edition` (number or
 *           text; a first edition is not printed); `publisher`; `issued` (year). A chapter in an edited
 *           book: `title` = the chapter, `container-title` = the book (italic), `editor` = its editors.
 *           `publisher-place` is not printed (OSCOLA 4th edition omits it).
 * article   `author`; `title` (in quotes); `issued` (year); `volume` (when absent the year goes in square
 *           brackets); `container-title` = journal (abbreviated, e.g. 'EJIL'); `page` = first page.
 * report    `author` (an institution as a literal name: { literal: 'International Law Commission' });
 *           `title` (italic); `collection-title` = series ('Law Com', 'MSMT Report') with `number`
 *           ('No 1' is printed), or `number` alone as written; `publisher`; `issued` (full date when
 *           known); `URL` and `accessed`. A report printed in a yearbook or series volume: `title` (in
 *           quotes), `container-title` ('YBILC'), `volume` ('II pt 2'), `page`, `issued` (year).
 * webpage,  `author`; `title` (in quotes); `container-title` = website name (else `publisher`); `issued`
 * other     (full date when known); `URL`; `accessed`.
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

function quoted(text: string): Runs {
  return roman(text === '' ? '' : `‘${text}’`);
}

function editorsWithLabel(csl: CslItem): string {
  const editors = formatNames(csl.editor, 'oscola');
  if (editors === '') return '';
  return `${editors} (${countNames(csl.editor) > 1 ? 'eds' : 'ed'})`;
}

/** "<https://…> accessed 1 May 2025", or '' without a URL. */
export function oscolaUrl(csl: CslItem): string {
  const url = cslText(csl, 'URL');
  if (url === '') return '';
  const accessed = formatDate(csl.accessed, 'oscola');
  return accessed === '' ? `<${url}>` : `<${url}> accessed ${accessed}`;
}

/** OSCOLA book: "James Crawford, *State Responsibility* (2nd edn, CUP 2013) 45"; chapters "‘Chapter’ in Editor (ed), *Book* (…)". */
export function formatOscolaBook(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const authors = formatNames(csl.author, 'oscola');
  const publication = joinText(
    [formatEdition(csl.edition, 'oscola'), joinText([cslText(csl, 'publisher'), formatYear(csl.issued)], ' ')],
    ', ',
  );
  const book = cslText(csl, 'container-title');
  const details = wrapRuns(' (', roman(publication), ')');
  if (book !== '') {
    const editors = editorsWithLabel(csl);
    return [
      ...joinRuns([roman(authors), quoted(authorityTitle(authority))], ', '),
      ...roman(' in '),
      ...joinRuns([roman(editors), italic(book)], ', '),
      ...details,
      ...spacePinpoint(pinpoint),
    ];
  }
  const creator = authors || editorsWithLabel(csl);
  return [
    ...joinRuns([roman(creator), italic(authorityTitle(authority))], ', '),
    ...details,
    ...spacePinpoint(pinpoint),
  ];
}

/** OSCOLA article: "Author, ‘Title’ (2010) 21 EJIL 1, 5"; without a volume "[2010] Journal 1". */
export function formatOscolaArticle(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const year = formatYear(csl.issued);
  const volume = cslText(csl, 'volume');
  const journal = styleAbbreviation(cslText(csl, 'container-title'), 'oscola');
  const yearPart = year === '' ? '' : volume === '' ? `[${year}]` : `(${year})`;
  const location = joinText([yearPart, volume, journal, firstPage(csl)], ' ');
  return [
    ...joinRuns([roman(formatNames(csl.author, 'oscola')), quoted(authorityTitle(authority))], ', '),
    ...roman(location === '' ? '' : ` ${location}`),
    ...commaPinpoint(pinpoint),
  ];
}

/** OSCOLA report: "Author, *Title* (Series No 1, Publisher 29 May 2025)", or "Author, ‘Title’ [2001] YBILC vol II pt 2, 31". */
export function formatOscolaReport(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const author = formatNames(csl.author, 'oscola');
  const container = cslText(csl, 'container-title');
  if (container !== '') {
    const year = formatYear(csl.issued);
    const volume = cslText(csl, 'volume');
    const volumePart = volume === '' || /^vol\b/i.test(volume) ? volume : `vol ${volume}`;
    const location = joinText(
      [
        joinText([year === '' ? '' : `[${year}]`, styleAbbreviation(container, 'oscola'), volumePart], ' '),
        firstPage(csl),
      ],
      ', ',
    );
    return [
      ...joinRuns([roman(author), quoted(authorityTitle(authority))], ', '),
      ...roman(location === '' ? '' : ` ${location}`),
      ...commaPinpoint(pinpoint),
    ];
  }
  const publication = joinText(
    [reportSeries(csl, 'No'), joinText([cslText(csl, 'publisher'), formatDate(csl.issued, 'oscola')], ' ')],
    ', ',
  );
  const url = oscolaUrl(csl);
  return [
    ...joinRuns([roman(author), italic(authorityTitle(authority))], ', '),
    ...wrapRuns(' (', roman(publication), ')'),
    ...spacePinpoint(pinpoint),
    ...roman(url === '' ? '' : ` ${url}`),
  ];
}

/** OSCOLA web page or other source: "Author, ‘Title’ (Website, 19 June 2024) <URL> accessed 1 May 2025". */
export function formatOscolaWebpage(authority: CitableAuthority, pinpoint: string): Runs {
  const csl = cslOf(authority);
  const site = cslText(csl, 'container-title') || cslText(csl, 'publisher');
  const publication = joinText([site, formatDate(csl.issued, 'oscola')], ', ');
  const url = oscolaUrl(csl);
  return [
    ...joinRuns([roman(formatNames(csl.author, 'oscola')), quoted(authorityTitle(authority))], ', '),
    ...wrapRuns(' (', roman(publication), ')'),
    ...spacePinpoint(pinpoint),
    ...roman(url === '' ? '' : ` ${url}`),
  ];
}
