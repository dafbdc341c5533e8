import type { CslItem } from '../model/types';
import { cslText } from './readCsl';
import { joinText } from './runParts';

/** A report's series and number: "MSMT Report No 1", "No 1", or the number as written. */
export function reportSeries(csl: CslItem, numberLabel: string): string {
  const series = cslText(csl, 'collection-title');
  const number = cslText(csl, 'number');
  const numberPart = number === '' ? '' : /^\d/.test(number) ? `${numberLabel} ${number}` : number;
  return joinText([series, numberPart], ' ');
}
