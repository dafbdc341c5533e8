import { diffWordsWithSpace } from 'diff';
import type { TextEdit } from './treeDiff';

/** The edits that turn `before` into `after`, word by word (whitespace kept, so the texts can be rebuilt). */
export function wordEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const part of diffWordsWithSpace(before, after)) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = edits.at(-1);
    if (last?.op === op) last.text += part.value;
    else edits.push({ op, text: part.value });
  }
  return edits;
}

/** The text before (`delete` and `equal`) or after (`insert` and `equal`) a list of edits. */
export function editedText(edits: readonly TextEdit[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return edits
    .filter((edit) => edit.op !== skip)
    .map((edit) => edit.text)
    .join('');
}
