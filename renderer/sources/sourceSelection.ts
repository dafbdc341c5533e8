/** Where the source text's blocks start in the text: each block carries `data-start`. */
const BLOCK = '[data-start]';

/** The offset in the source's text of a point of the page inside the text's container, or undefined outside it. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(BLOCK);
  if (!block || !container.contains(block)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(node, offset);
  return Number(block.dataset.start) + before.toString().length;
}

/** The stretch of the source's text the user has selected in its container, if the selection lies there. */
export function selectedStretch(container: HTMLElement | null): { start: number; end: number } | undefined {
  const selection = window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const start = offsetOf(container, range.startContainer, range.startOffset);
  const end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}
