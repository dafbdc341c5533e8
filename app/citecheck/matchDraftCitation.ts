import { parseCitation } from '../cite/parseCitation';
import { noteCitationResolver } from '../import/noteCitation';
import type { Authority } from '../model/types';
import { caseParties, sameParties } from './caseParties';
import { draftPinpoint } from './draftPinpoint';

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

/** Names a draft may give an instrument instead of its title (Bluebook's, as comparable text). */
const ALIASES: Readonly<Record<string, string>> = {
  'un charter': 'charter of the united nations',
  'icj statute': 'statute of the international court of justice',
};

interface KnownAuthority {
  key: string;
  names: string[];
  parties: [string, string] | undefined;
  symbol: string;
  authors: string[];
}

/**
 * Matches the citations of a draft's notes to the case's authorities: by the note's opening words (the
 * authority's title, short title or short name, as an imported outline's notes are read), else by what the
 * citation names: a UN symbol ("S.C. Res. 1718"), a title or its common short form ("U.N. Charter"), a case's
 * parties however shortened ("Nicar. v. U.S."), an author then a title. Parties that differ rule a case out.
 * A citation that matches nothing is `unmatched`; a piece that is not written as a citation is null.
 */
export function draftCitationMatcher(authorities: readonly Authority[]): (piece: string) => DraftCitationMatch {
  const resolve = noteCitationResolver(authorities);
  const known = authorities.map(knownAuthority);
  return (piece) => {
    const inside = draftPinpoint(piece);
    const text = inside?.rest ?? piece;
    const cited = caseParties(text);
    const resolved = resolve(piece);
    const resolvedEntry = resolved && known.find((entry) => entry.key === resolved.key);
    if (resolved && resolvedEntry && partiesAgree(cited, resolvedEntry)) {
      return { key: resolved.key, pinpoint: inside?.pinpoint ?? (resolved.pinpoint || trailingPinpoint(piece)) };
    }
    const parsed = parseCitation(text);
    const match = bestMatch(known, text, parsed, cited);
    if (match) return { key: match.key, pinpoint: inside?.pinpoint ?? (parsed?.pinpoint || trailingPinpoint(text)) };
    return looksLikeCitation(piece) ? { unmatched: true } : null;
  };
}

function knownAuthority(authority: Authority): KnownAuthority {
  const title = String(authority.csl.title ?? '');
  const names = [title, title.replace(/\s*\([^()]*\)\s*$/, ''), authority.csl['title-short'], authority.short]
    .map((value) => comparable(String(value ?? '')))
    .filter((name) => name.length >= 4);
  const authors = [...(authority.csl.author ?? []), ...(authority.csl.editor ?? [])]
    .map((name) => comparable(name.family ?? name.literal ?? ''))
    .filter((name) => name.length >= 2);
  return { key: authority.key, names, parties: caseParties(title), symbol: symbolOf(authority.csl.number), authors };
}

/** The authority a citation names best: by its UN symbol, then its title, then its parties; none when nothing agrees. */
function bestMatch(
  known: readonly KnownAuthority[],
  text: string,
  parsed: ReturnType<typeof parseCitation>,
  cited: [string, string] | undefined,
): KnownAuthority | undefined {
  const symbol = symbolOf(parsed?.csl.number);
  const titles = citedTitles(text, String(parsed?.csl.title ?? ''));
  let best: KnownAuthority | undefined;
  let bestScore = 0;
  for (const entry of known) {
    if (!partiesAgree(cited, entry)) continue;
    const byAuthor = entry.authors.length > 0 ? authoredTitle(text, entry.authors) : undefined;
    const score =
      (symbol !== '' && symbol === entry.symbol ? 4 : 0) +
      (titles.some((title) => sameTitle(title, entry.names)) || (byAuthor && sameTitle(byAuthor, entry.names))
        ? 2
        : 0) +
      (cited && entry.parties ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [entry, score];
  }
  return best;
}

function partiesAgree(cited: [string, string] | undefined, entry: KnownAuthority): boolean {
  return !cited || !entry.parties || sameParties(cited, entry.parties);
}

/** The names a citation may give its authority: its opening words, and the title a parsed citation read. */
function citedTitles(text: string, parsedTitle: string): string[] {
  const opening = /^[^,([]+/.exec(text)?.[0] ?? '';
  return [opening, parsedTitle]
    .map((title) => comparable(title.replace(/\s+\d+$/, '')))
    .map((title) => ALIASES[title] ?? title)
    .filter((title) => title.length >= 4);
}

/** The title after an author's name: "James Crawford, The Creation of States … (2nd edn …)" gives the title. */
function authoredTitle(text: string, authors: readonly string[]): string | undefined {
  const authored = /^([^,]+),\s*([^,([]+)/.exec(text);
  if (!authored) return undefined;
  const byline = comparable(authored[1]!);
  if (!authors.some((author) => new RegExp(`(?:^| )${author}(?: |$)`).test(byline))) return undefined;
  return comparable(authored[2]!.replace(/\s+\d+\s*$/, ''));
}

/** The same title, or one that begins the other at a word's end (both at least 8 characters). */
function sameTitle(title: string, names: readonly string[]): boolean {
  return names.some(
    (name) =>
      name === title ||
      (title.length >= 8 && name.length >= 8 && (name.startsWith(`${title} `) || title.startsWith(`${name} `))),
  );
}

function symbolOf(number: unknown): string {
  return comparable(String(number ?? '').replace(/\s*\(\d{4}\)$/, ''));
}

const TRAILING_PINPOINT =
  /(?:,|\)|\s)\s*((?:op\.?\s+)?(?:paras?|paragraphs?|arts?|articles?|pp?|¶¶?)\.?\s*[\w().]+(?:\s*(?:[–—-]|and|,)\s*[\w().]+)*)$/i;

/** A page after a book's closing bracket, as OSCOLA writes it: "(2nd edn, OUP 2006) 37". */
const PAGE_AFTER_BRACKET = /\([^()]*\d{4}\)\s*(\d{1,5}(?:\s*[–-]\s*\d{1,5})?)$/;

/** A pinpoint ending a citation ("…, art 2(4)", "… para 8(a)", "… (OUP 2006) 37"), or ''. */
function trailingPinpoint(piece: string): string {
  const labelled = TRAILING_PINPOINT.exec(piece)?.[1];
  if (labelled) return labelled;
  const page = PAGE_AFTER_BRACKET.exec(piece)?.[1];
  return page ? `p ${page.replace(/\s+/g, '')}` : '';
}

function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\b(?:\p{Lu}\.){2,}/gu, (initials) => initials.replace(/\./g, ''))
    .toLowerCase()
    .replace(/\bv\.?(?=\s)/g, 'v')
    .replace(/[^\p{L}\p{N}/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
