import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/** Two lines of a title: a proposition is seldom short, and the outline shows it whole or nearly. */
export const ROW_HEIGHT = 46;
// Rows drawn beyond the visible ones on each side (about 1,500 px), so that scrolling a little never shows a gap.
const OVERSCAN = 32;

/**
 * The virtualised outline's window on its rows: the pane's height (followed as it is resized), where it is scrolled,
 * the range of rows to draw, and the selected row kept in view.
 */
export function useViewport(treeRef: RefObject<HTMLDivElement | null>, rowCount: number, selectedIndex: number) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const element = treeRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, [treeRef]);

  useEffect(() => {
    const element = treeRef.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  }, [selectedIndex, treeRef]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return { first, last, onScroll: setScrollTop };
}

/**
 * Whether the element's text is cut (its two lines clamped): measured after the browser lays the element out (a
 * ResizeObserver's first report) when it or its text changes, and again whenever its size changes (the pane's
 * width), so that no render forces a layout of the page to measure it.
 */
export function useClamped(element: RefObject<HTMLElement | null>, shown: number | undefined, text: string): boolean {
  const [clamped, setClamped] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new node or text is measured anew
  useEffect(() => {
    const current = element.current;
    if (!current) {
      setClamped(false);
      return;
    }
    const observer = new ResizeObserver(() => setClamped(current.scrollHeight > current.clientHeight + 1));
    observer.observe(current);
    return () => observer.disconnect();
  }, [element, shown, text]);
  return clamped;
}
