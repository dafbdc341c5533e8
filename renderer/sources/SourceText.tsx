import { type RefObject, useLayoutEffect, useMemo } from 'react';
import type { Highlight } from './useSourcePane';

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** One line of the source, with the part of it that lies in the highlight marked. */
function SourceLine({ line, highlight }: { line: Line; highlight: Highlight | undefined }) {
  const end = line.start + line.text.length;
  if (!highlight || highlight.end <= line.start || highlight.start >= end || line.text === '') {
    return <p data-start={line.start}>{line.text}</p>;
  }
  const from = Math.max(0, highlight.start - line.start);
  const to = Math.min(line.text.length, highlight.end - line.start);
  const whole = from === 0 && to === line.text.length;
  return (
    <p data-start={line.start} className={whole ? 'marked' : undefined}>
      {line.text.slice(0, from)}
      <mark data-first={highlight.start >= line.start ? '' : undefined}>{line.text.slice(from, to)}</mark>
      {line.text.slice(to)}
    </p>
  );
}

/** The source's text, line by line, the highlighted stretch marked and scrolled into view. */
export function SourceText({
  text,
  label,
  highlight,
  containerRef,
}: {
  text: string;
  label: string;
  highlight: Highlight | undefined;
  containerRef: RefObject<HTMLDivElement | null>;
}) {
  const lines = useMemo(() => linesOf(text), [text]);
  const start = highlight?.start;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the highlight moves or the text changes
  useLayoutEffect(() => {
    containerRef.current?.querySelector('mark[data-first]')?.scrollIntoView({ block: 'center' });
  }, [start, text]);
  return (
    <div
      ref={containerRef}
      className="source-text"
      role="document"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the text is read and selected with the keyboard too
      tabIndex={0}
    >
      {lines.map((line) => (
        <SourceLine key={line.start} line={line} highlight={highlight} />
      ))}
    </div>
  );
}
