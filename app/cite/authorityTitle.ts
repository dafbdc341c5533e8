import type { CslItem } from '../model/types';
import type { CitableAuthority } from './citableAuthority';
import { firstFamilyName } from './formatNames';
import { cslText, cslTitle } from './readCsl';

/** The authority's title for a full citation: CSL `title`, else `title-short`, else its short name, else its key. */
export function authorityTitle(authority: CitableAuthority): string {
  const csl = cslOf(authority);
  return cslTitle(csl) || clean(authority.short) || clean(authority.key);
}

/**
 * The name used in short forms: the authority's `short`, else CSL `title-short`, else (books, articles,
 * reports) the first author's family name, else the title, else the key.
 */
export function shortLabel(authority: CitableAuthority): string {
  const csl = cslOf(authority);
  const short = clean(authority.short) || cslText(csl, 'title-short');
  if (short !== '') return short;
  if (authority.type === 'book' || authority.type === 'article' || authority.type === 'report') {
    const family = firstFamilyName(csl.author) || firstFamilyName(csl.editor);
    if (family !== '') return family;
  }
  return cslText(csl, 'title') || clean(authority.key);
}

function clean(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** The authority's CSL item, or an empty one when a malformed record has none. */
export function cslOf(authority: CitableAuthority): CslItem {
  const csl: unknown = authority.csl;
  return typeof csl === 'object' && csl !== null ? (csl as CslItem) : {};
}
