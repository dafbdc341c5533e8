import type { CitationStyle } from '../model/types';

function ordinal(number: number, style: CitationStyle): string {
  const lastTwo = number % 100;
  const last = number % 10;
  if (lastTwo >= 11 && lastTwo <= 13) return `${number}th`;
  if (last === 1) return `${number}st`;
  if (last === 2) return style === 'bluebook' ? `${number}d` : `${number}nd`;
  if (last === 3) return style === 'bluebook' ? `${number}d` : `${number}rd`;
  return `${number}th`;
}

/** An edition as the style writes it (OSCOLA "2nd edn", Bluebook "2d ed."); '' for a first or missing edition. */
export function formatEdition(edition: unknown, style: CitationStyle): string {
  const text =
    typeof edition === 'number'
      ? String(edition)
      : typeof edition === 'string'
        ? edition.replace(/\s+/g, ' ').trim()
        : '';
  const suffix = style === 'bluebook' ? 'ed.' : 'edn';
  const numbered = /^(\d+)(?:st|nd|rd|th|d)?(?:\s+(?:edn|ed\.?|edition))?$/i.exec(text);
  if (numbered?.[1]) {
    const number = Number(numbered[1]);
    return number <= 1 ? '' : `${ordinal(number, style)} ${suffix}`;
  }
  if (text === '' || /^first\b/i.test(text)) return '';
  return /\bed(n|ition|\.)?$/i.test(text) ? text : `${text} ${suffix}`;
}
