import type { TextEdit } from '../../app/versions/treeDiff';

/**
 * A one-line text edited: the words both versions share at the start and at the end kept, the words between them
 * deleted and inserted. Enough for a title, where an edit is one change in one place; bodies are compared word by
 * word by the service.
 */
export function titleEdits(before: string, after: string): TextEdit[] {
  const earlier = before.split(/(\s+)/);
  const later = after.split(/(\s+)/);
  let start = 0;
  while (start < earlier.length && start < later.length && earlier[start] === later[start]) start++;
  let end = 0;
  while (
    end < earlier.length - start &&
    end < later.length - start &&
    earlier[earlier.length - 1 - end] === later[later.length - 1 - end]
  ) {
    end++;
  }
  const edits: TextEdit[] = [
    { op: 'equal', text: earlier.slice(0, start).join('') },
    { op: 'delete', text: earlier.slice(start, earlier.length - end).join('') },
    { op: 'insert', text: later.slice(start, later.length - end).join('') },
    { op: 'equal', text: earlier.slice(earlier.length - end).join('') },
  ];
  return edits.filter((edit) => edit.text !== '');
}
