import type { CitationRun } from './citationRun';

/** Citation text as runs; every helper here drops empty pieces so missing fields leave no stray punctuation. */
export type Runs = CitationRun[];

/** Plain (roman) text as runs, or none when the text is empty. */
export function roman(text: string): Runs {
  return text === '' ? [] : [{ text }];
}

/** Italic text as runs, or none when the text is empty. */
export function italic(text: string): Runs {
  return text === '' ? [] : [{ text, italic: true }];
}

/** Joins the non-empty parts with a separator. */
export function joinRuns(parts: readonly Runs[], separator: string): Runs {
  const result: Runs = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (result.length > 0) result.push({ text: separator });
    result.push(...part);
  }
  return result;
}

/** Puts text before and after the runs, or returns none when the runs are empty. */
export function wrapRuns(before: string, runs: Runs, after: string): Runs {
  return runs.length === 0 ? [] : [...roman(before), ...runs, ...roman(after)];
}

/** Joins non-empty strings with a separator. */
export function joinText(parts: readonly string[], separator: string): string {
  return parts.filter((part) => part !== '').join(separator);
}

/** Merges neighbouring runs of the same formatting and drops empty ones. */
export function mergeRuns(runs: readonly CitationRun[]): Runs {
  const merged: Runs = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (
      last !== undefined &&
      Boolean(last.italic) === Boolean(run.italic) &&
      Boolean(last.superscript) === Boolean(run.superscript)
    ) {
      last.text += run.text;
    } else {
      merged.push({
        text: run.text,
        ...(run.italic ? { italic: true } : {}),
        ...(run.superscript ? { superscript: true } : {}),
      });
    }
  }
  return merged;
}
