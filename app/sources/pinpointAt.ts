import type { SourceUnit, UnitKind } from './sourceTypes';

const SINGLE: Record<UnitKind, string> = { paragraph: 'para', article: 'art', page: 'p' };
const PLURAL: Record<UnitKind, string> = { paragraph: 'paras', article: 'arts', page: 'pp' };

/** The pinpoint that names one unit: "para 101", "art 8", "p 14". */
export function pinpointOfUnit(unit: Pick<SourceUnit, 'kind' | 'label'>): string {
  return `${SINGLE[unit.kind]} ${unit.label}`;
}

/**
 * The pinpoint of a passage of a source (`start`–`end` in its text): the numbered paragraph or article it lies in
 * ("paras 101–102" when it runs into the next ones), else its page or pages; '' when no unit holds it.
 */
export function pinpointAt(units: readonly SourceUnit[], start: number, end: number): string {
  const last = Math.max(start, end - 1);
  for (const kinds of [['paragraph', 'article'], ['page']] as const) {
    const holding = units.filter((unit) => (kinds as readonly UnitKind[]).includes(unit.kind));
    const first = holding.find((unit) => unit.start <= start && start < Math.max(unit.end, unit.start + 1));
    if (!first) continue;
    const through = holding.find(
      (unit) => unit.kind === first.kind && unit.start <= last && last < Math.max(unit.end, unit.start + 1),
    );
    if (!through || through === first || through.start < first.start) return pinpointOfUnit(first);
    return `${PLURAL[first.kind]} ${first.label}–${through.label}`;
  }
  return '';
}

/** The units a reader moves through, in the order of the text: the numbered paragraphs and articles, else the pages. */
export function unitsToRead(units: readonly SourceUnit[]): SourceUnit[] {
  const numbered = units.filter((unit) => unit.kind !== 'page');
  return [...(numbered.length > 0 ? numbered : units)].sort((left, right) => left.start - right.start);
}
