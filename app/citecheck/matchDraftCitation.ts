import { parseCitation } from '../cite/parseCitation';
import { noteCitationResolver } from '../import/noteCitation';
import type { Authority } from '../model/types';

/** What one citation of a draft's note is: one of the case's authorities (and the pinpoint), or a citation that matches none. */
export type DraftCitationMatch = { key: string; pinpoint: string } | { unmatched: true } | null;

const SHAPES = [
  /\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&()-]+){0,12}\s+v\.?\s+\p{Lu}/u,
  /\[\d{4}\]\s+(?:\d+\s+)?\p{Lu}/u,
  /\(\d{4}\)\s+\d+\s+\p{Lu}/u,
  /\b\d+\s+(?:U\.?\s?S\.?|F\.\s?(?:2d|3d|4th)?|S\.\s?Ct\.|UNTS|U\.N\.T\.S\.|ILM|I\.L\.M\.|ILR|ICJ Rep|I\.C\.J\.)\s+\d+/,
  /\b(?:S|A|E|A\/HRC)\/(?:RES\/|ES-)?\d/,
  /\b(?:SC|GA|UNSC|UNGA)\s+Res\b/,
  /\((?:[^()]*\b(?:edn|ed|Press|OUP|CUP|Publishing)\b[^()]*\d{4})\)/,
];

/** Whether a piece of a note is written as a citation (a case, report, UN document, treaty or book), not as commentary. */
export function looksLikeCitation(text: string): boolean {
  return parseCitation(text) !== null || SHAPES.some((shape) => shape.test(text));
}

/**
 * Matches the citations of a draft's notes to the case's authorities: by the note's opening words (the
 * authority's title, short title or short name, as an imported outline's notes are read), else by what a
 * parsed citation names (a UN symbol, or the title); a citation that matches nothing is `unmatched`, and
 * a piece that is not written as a citation is null.
 */
export function draftCitationMatcher(authorities: readonly Authority[]): (piece: string) => DraftCitationMatch {
  const resolve = noteCitationResolver(authorities);
  return (piece) => {
    const resolved = resolve(piece);
    if (resolved) return { key: resolved.key, pinpoint: resolved.pinpoint || trailingPinpoint(piece) };
    const parsed = parseCitation(piece);
    if (parsed) {
      const symbol = comparable(String(parsed.csl.number ?? ''));
      const title = comparable(String(parsed.csl.title ?? ''));
      const match = authorities.find((authority) => {
        if (symbol !== '' && comparable(String(authority.csl.number ?? '')) === symbol) return true;
        const titles = [authority.csl.title, authority.csl['title-short'], authority.short].map((value) =>
          comparable(String(value ?? '')),
        );
        return (
          title.length >= 8 &&
          titles.some((known) => known.length >= 8 && (known.startsWith(title) || title.startsWith(known)))
        );
      });
      if (match) return { key: match.key, pinpoint: parsed.pinpoint };
    }
    return looksLikeCitation(piece) ? { unmatched: true } : null;
  };
}

const TRAILING_PINPOINT =
  /(?:,|\)|\s)\s*((?:op\.?\s+)?(?:paras?|paragraphs?|arts?|articles?|pp?|¶¶?)\.?\s*[\w().]+(?:\s*(?:[–—-]|and|,)\s*[\w().]+)*)$/i;

/** A pinpoint ending a citation ("…, art 2(4)", "… para 8(a)"), or ''. */
function trailingPinpoint(piece: string): string {
  return TRAILING_PINPOINT.exec(piece)?.[1] ?? '';
}

function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bv\.?(?=\s)/g, 'v')
    .replace(/[^\p{L}\p{N}/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
