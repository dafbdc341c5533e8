const STOP_WORDS = new Set(['of', 'the', 'and', 'de', 'du', 'la', 'le', 'des', 'et', '&']);
const PARENTHETICAL_PARTIES = /\(([^()]*?\S)\s+v\.?\s+([^()]*?)\)/;
const BARE_PARTIES = /^([^,([]*?\S)\s+v\.?\s+([^,([]+?)\s*(?:[,([]|$)/;

/** The parties a case's name gives: "(Nicaragua v United States of America)", or a name that is "A v. B". */
export function caseParties(name: string): [string, string] | undefined {
  const found = PARENTHETICAL_PARTIES.exec(name) ?? BARE_PARTIES.exec(name.trim());
  return found ? [found[1]!.trim(), found[2]!.trim()] : undefined;
}

/** Whether two cases' parties are the same, each written in full or shortened: "Nicar. v. U.S." is "Nicaragua v United States of America". */
export function sameParties(cited: readonly [string, string], known: readonly [string, string]): boolean {
  return abbreviates(cited[0], known[0]) && abbreviates(cited[1], known[1]);
}

/**
 * Whether a party's name stands for another, in order, word by word: each word is the other's word, or a shortening
 * of it ending in a full stop ("Arg.", "Dem. Rep. Congo"), or initials ("U.S.", "UK") of as many of its words;
 * words such as "of" and "the" are passed over and the full name may go on ("United States" is "United States of America").
 */
export function abbreviates(short: string, full: string): boolean {
  const fullWords = words(full).map((word) => word.replace(/\./g, '').toLowerCase());
  let at = 0;
  for (const word of words(short)) {
    const letters = word.replace(/\./g, '');
    if (letters === '') continue;
    const initials =
      /^(?:\p{L}\.){2,}$/u.test(word) || (/^\p{Lu}{2,3}$/u.test(word) && fullWords[at] !== letters.toLowerCase());
    if (initials) {
      for (const initial of letters.toLowerCase()) {
        if (fullWords[at]?.charAt(0) !== initial) return false;
        at++;
      }
      continue;
    }
    const known = fullWords[at];
    const lower = letters.toLowerCase();
    const shortened = word.endsWith('.') && lower.length >= 2 && known?.startsWith(lower);
    if (known !== lower && !shortened) return false;
    at++;
  }
  return at > 0;
}

function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .split(/[\s,]+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word.toLowerCase()))
    .map((word) => (/^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}{2,3}$/u.test(word) ? word : word.toLowerCase()));
}
