/** "n" / "nn" (OSCOLA) or "note" / "notes" (Bluebook), before a list of footnote numbers. */
export function footnoteLabel(count: number, style: 'oscola' | 'bluebook'): string {
  if (style === 'bluebook') return count === 1 ? 'note' : 'notes';
  return count === 1 ? 'n' : 'nn';
}

/** "n 3" / "nn 3, 7" (OSCOLA) or "note 3" / "notes 3, 7" (Bluebook): where an authority is cited. */
export function footnoteList(numbers: readonly number[], style: 'oscola' | 'bluebook'): string {
  return `${footnoteLabel(numbers.length, style)} ${numbers.join(', ')}`;
}
