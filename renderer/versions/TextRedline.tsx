import type { TextEdit } from '../../app/versions/treeDiff';
import { readingText } from './readingText';

/** Which runs of a word-by-word comparison to show: both (inline), or the earlier or the later text alone. */
export type RedlineSide = 'both' | 'before' | 'after';

/** Text edited word by word: insertions and deletions marked (`ins`, `del`), the rest as it was. */
export function TextRedline({
  edits,
  side,
  markdown = false,
}: {
  edits: readonly TextEdit[];
  side: RedlineSide;
  /** The texts are a body's Markdown, shown as they read. */
  markdown?: boolean;
}) {
  const shown = (text: string) => (markdown ? readingText(text) : text);
  return (
    <span className="redline-text">
      {edits.map((edit, index) => {
        const key = `${index}-${edit.op}`;
        if (edit.op === 'equal') return <span key={key}>{shown(edit.text)}</span>;
        if (edit.op === 'insert') return side === 'before' ? null : <ins key={key}>{shown(edit.text)}</ins>;
        return side === 'after' ? null : <del key={key}>{shown(edit.text)}</del>;
      })}
    </span>
  );
}

/** A value replaced by another, as a deletion and an insertion. */
export function Replaced({ before, after, side }: { before: string; after: string; side: RedlineSide }) {
  return (
    <span className="redline-text">
      {side !== 'after' && before !== '' && <del>{before}</del>}
      {side === 'both' && before !== '' && after !== '' && ' '}
      {side !== 'before' && after !== '' && <ins>{after}</ins>}
    </span>
  );
}
