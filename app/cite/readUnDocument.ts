import type { CslItem } from '../model/types';
import { cslText } from './readCsl';

/** The resolution number: CSL `collection-number`, else read from a symbol such as "A/RES/2625(XXV)". */
export function resolutionNumber(csl: CslItem): string {
  const explicit = cslText(csl, 'collection-number');
  if (explicit !== '') return explicit;
  const match = /\/RES\/([^\s(]+)\s*(\([IVXLC]+\))?/i.exec(cslText(csl, 'number'));
  if (!match?.[1]) return '';
  return match[2] ? `${match[1]} ${match[2]}` : match[1];
}

/** Whether a UN document is a resolution: CSL `genre` 'Res' or 'Resolution', or no genre and a symbol with '/RES/'. */
export function isResolution(csl: CslItem): boolean {
  const genre = cslText(csl, 'genre');
  if (genre === '') return /\/RES\//i.test(cslText(csl, 'number'));
  return /^res(olution)?\.?$/i.test(genre);
}

const SYMBOL_ORGANS: Readonly<Record<string, string>> = { S: 'UNSC', A: 'UNGA', E: 'ECOSOC' };

/** The issuing organ: CSL `authority`, else read from a resolution symbol ('S/RES/1718' is the UNSC). */
export function unOrgan(csl: CslItem): string {
  const organ = cslText(csl, 'authority');
  if (organ !== '') return organ;
  const prefix = /^([SAE])\/RES\//i.exec(cslText(csl, 'number'))?.[1]?.toUpperCase() ?? '';
  return SYMBOL_ORGANS[prefix] ?? '';
}

/** Whether the item is a text annexed to a resolution (CSL `section` starting with 'annex'). */
export function isAnnex(csl: CslItem): boolean {
  return /^annex/i.test(cslText(csl, 'section'));
}
