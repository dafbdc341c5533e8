import type { CitationStyle } from '../model/types';
import type { CitableAuthority } from './citableAuthority';
import type { CitationRun } from './citationRun';
import { formatBluebookFull, formatBluebookIbid, formatBluebookShort } from './formatBluebook';
import { formatOscolaFull, formatOscolaIbid, formatOscolaShort } from './formatOscola';

function cleanPinpoint(pinpoint: unknown): string {
  return typeof pinpoint === 'string' ? pinpoint : '';
}

/** Full first-reference form, with an optional pinpoint, without the footnote's closing full stop. */
export function formatFull(authority: CitableAuthority, pinpoint: string, style: CitationStyle): CitationRun[] {
  return style === 'bluebook'
    ? formatBluebookFull(authority, cleanPinpoint(pinpoint))
    : formatOscolaFull(authority, cleanPinpoint(pinpoint));
}

/** Short form for later references; OSCOLA adds the cross-reference "(n 3)", Bluebook "supra note 3", where the style does. */
export function formatShort(
  authority: CitableAuthority,
  pinpoint: string,
  style: CitationStyle,
  firstNote: number,
): CitationRun[] {
  return style === 'bluebook'
    ? formatBluebookShort(authority, cleanPinpoint(pinpoint), firstNote)
    : formatOscolaShort(authority, cleanPinpoint(pinpoint), firstNote);
}

/** Reference to the immediately preceding footnote: OSCOLA "ibid para 9", Bluebook italic "Id. ¶ 9". */
export function formatIbid(pinpoint: string, style: CitationStyle): CitationRun[] {
  return style === 'bluebook' ? formatBluebookIbid(cleanPinpoint(pinpoint)) : formatOscolaIbid(cleanPinpoint(pinpoint));
}

/** The entry for an Index/Table of Authorities: the full form without a pinpoint or closing full stop. */
export function indexEntry(authority: CitableAuthority, style: CitationStyle): CitationRun[] {
  return formatFull(authority, '', style);
}
