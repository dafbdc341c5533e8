/*
 * Legal material as CSL-JSON for citeproc-js, in the fields Zotero and Juris-M give it, so that every CSL style
 * prints it as that style intends. Casewright stores a few things its own way (see formatOscolaPrimary.ts); a
 * CSL style reads them differently:
 *
 * treaty       `genre` ('adopted', 'signed', 'opened for signature') is how Casewright's own styles word the date,
 *              and `event-date` is the entry into force: CSL has a variable for neither (styles print `genre` as
 *              a bare word and `event-date` as an unlabelled date), so both are left out; `authority` (the
 *              parties, for Bluebook) likewise. Title, date, treaty series (`container-title`), `volume` and
 *              `page` stay, as in Juris-M's treaty.
 * un_document  a UN document is a Zotero report: its organ ('UNSC') or author ('ILC') as an institutional author,
 *              a title (a resolution's own, 'Resolution 1718 (2006)'; a verbatim record's, 'Verbatim Record of
 *              the 5551st Meeting'), `genre` 'UN Doc' and the symbol as its `number` ('S/RES/1718'), with
 *              ', annex' when the item is a text annexed to a resolution (the ILC Articles) rather than
 *              `section`, which styles print as a section of a code ('§ annex').
 * case         a Zotero case as it is: `title`, `authority` (court), `container-title` (reporter), `volume`,
 *              `page`, `number` (docket), `genre` (phase).
 */

import type { CitableAuthority } from './citableAuthority';
import { cslText } from './readCsl';
import { isAnnex, isResolution, resolutionNumber, unOrgan } from './readUnDocument';

type Item = Record<string, unknown>;

/** Genres by which Casewright's own styles word a treaty's date; CSL has no variable for them. */
const CONCLUDED = /^(adopted|signed|opened for signature|done|concluded)$/i;

function ordinal(number: number): string {
  const tens = number % 100;
  if (tens >= 11 && tens <= 13) return `${number}th`;
  return `${number}${['th', 'st', 'nd', 'rd'][number % 10] ?? 'th'}`;
}

function year(item: Item): string {
  const parts = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts'];
  const first = parts?.[0]?.[0];
  return first === undefined ? '' : String(first);
}

function treatyItem(item: Item): Item {
  const { genre, 'event-date': _inForce, authority: _parties, ...rest } = item;
  return typeof genre === 'string' && !CONCLUDED.test(genre.trim()) ? { ...rest, genre } : rest;
}

function unDocumentItem(authority: CitableAuthority, item: Item): Item {
  const csl = authority.csl;
  const organ = unOrgan(csl);
  const symbol = cslText(csl, 'number');
  const genre = cslText(csl, 'genre');
  const annex = isAnnex(csl);
  const { section: _section, genre: _genre, authority: _organ, ...rest } = item;
  const mapped: Item = { ...rest, type: 'report' };
  if (!Array.isArray(item.author) && organ !== '') mapped.author = [{ literal: organ }];
  if (isResolution(csl) && !(annex && typeof item.title === 'string')) {
    const number = resolutionNumber(csl);
    const when = /^S\//i.test(symbol) && year(item) !== '' ? ` (${year(item)})` : '';
    mapped.title = number === '' ? (item.title ?? authority.short) : `Resolution ${number}${when}`;
  } else if (typeof item.title !== 'string') {
    const meeting = /\/PV\.(\d+)\b/i.exec(symbol)?.[1];
    mapped.title =
      /verbatim/i.test(genre) && meeting !== undefined
        ? `Verbatim Record of the ${ordinal(Number(meeting))} Meeting`
        : genre || authority.short || authority.key;
  }
  if (symbol !== '') {
    mapped.genre = 'UN Doc';
    mapped.number = annex ? `${symbol}, annex` : symbol;
  } else if (annex) mapped.number = 'annex';
  return mapped;
}

/** The CSL-JSON item (already cleaned by citeprocItem) with legal material in the fields CSL styles read. */
export function legalCslItem(authority: CitableAuthority, item: Item): Item {
  if (authority.type === 'treaty' || item.type === 'treaty') return treatyItem(item);
  if (authority.type === 'un_document') return unDocumentItem(authority, item);
  return item;
}
