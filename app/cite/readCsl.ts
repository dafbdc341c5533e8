import type { CslItem } from '../model/types';

/** A CSL field as clean text: strings and numbers only, whitespace collapsed; anything else reads as ''. */
export function cslText(csl: CslItem, field: string): string {
  const value: unknown = csl[field];
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The first page of the item: `page-first`, else the start of a `page` range such as "161-200". */
export function firstPage(csl: CslItem): string {
  const pageFirst = cslText(csl, 'page-first');
  if (pageFirst !== '') return pageFirst;
  return (
    cslText(csl, 'page')
      .split(/\s*[-–—,]\s*/)[0]
      ?.trim() ?? ''
  );
}

/** The item's title, falling back to its short title. */
export function cslTitle(csl: CslItem): string {
  return cslText(csl, 'title') || cslText(csl, 'title-short');
}
