import type { CitationStyle } from '../model/types';

function clean(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function nameList(names: unknown): Record<string, unknown>[] {
  if (!Array.isArray(names)) return [];
  return names.filter((name): name is Record<string, unknown> => typeof name === 'object' && name !== null);
}

/** One CSL name in reading order ("James Crawford"); literal names (institutions) as given. */
function formatName(name: Record<string, unknown>, style: CitationStyle): string {
  const literal = clean(name.literal);
  if (literal !== '') return literal;
  const full = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family]
    .map(clean)
    .filter((part) => part !== '')
    .join(' ');
  const suffix = clean(name.suffix);
  if (suffix === '' || full === '') return full;
  return style === 'bluebook' ? `${full}, ${suffix}` : `${full} ${suffix}`;
}

/**
 * A list of CSL names as the style joins them: OSCOLA "A", "A and B", "A, B and C", "A and others"
 * (more than three); Bluebook "A", "A & B", "A et al." (more than two). '' when there are none.
 */
export function formatNames(names: unknown, style: CitationStyle): string {
  const formatted = nameList(names)
    .map((name) => formatName(name, style))
    .filter((name) => name !== '');
  const [first, second] = formatted;
  if (first === undefined) return '';
  if (second === undefined) return first;
  if (style === 'bluebook') return formatted.length === 2 ? `${first} & ${second}` : `${first} et al.`;
  if (formatted.length > 3) return `${first} and others`;
  return `${formatted.slice(0, -1).join(', ')} and ${formatted[formatted.length - 1]}`;
}

/** How many usable names a CSL name list holds. */
export function countNames(names: unknown): number {
  return nameList(names).filter((name) => formatName(name, 'oscola') !== '').length;
}

/** The first name's family name (or literal name), for short forms such as "Crawford (n 4)"; '' when absent. */
export function firstFamilyName(names: unknown): string {
  for (const name of nameList(names)) {
    const family = [name['non-dropping-particle'], name.family].map(clean).filter(Boolean).join(' ');
    const label = family || clean(name.literal);
    if (label !== '') return label;
  }
  return '';
}
