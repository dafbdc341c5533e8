import { BOX, boxHeight } from '../../app/map/mapLayout';
import { kindName } from '../../app/map/mapTheme';

/**
 * How much a box shows at a scale: everything (kind, status, title) while its smallest text is at least 10 px tall;
 * then one line of kind and shortened title at 11 px while a one-line box is tall enough for it; then a coloured bar
 * whose label shows on hover and focus (issues and claims keep theirs over the bar).
 */
export type BoxForm = 'full' | 'short' | 'bar';

/** The smallest text the map draws, in screen pixels. */
export const MIN_TEXT_PX = 10;
export const SHORT_TEXT_PX = 11;

export const FULL_FROM_SCALE = MIN_TEXT_PX / BOX.kindSize;
export const SHORT_FROM_SCALE = (SHORT_TEXT_PX + 4) / boxHeight(1);

export function boxFormAt(scale: number): BoxForm {
  if (scale >= FULL_FROM_SCALE) return 'full';
  return scale >= SHORT_FROM_SCALE ? 'short' : 'bar';
}

const KIND_SHORT: Record<string, string> = {
  issue: 'ISS',
  claim: 'CLM',
  rule: 'RULE',
  evidence: 'EVID',
  counter: 'CTR',
  response: 'RESP',
  note: 'NOTE',
  question: 'Q',
};

/** A box's kind as the short form abbreviates it. */
export const kindShort = (kind: string) => KIND_SHORT[kind] ?? kindName(kind as never).toUpperCase();
