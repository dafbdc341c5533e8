import type { LayoutInline } from './documentLayout';

const CLOSING_PUNCTUATION = /^[.,;:!?…)\]’”"]+/;

/**
 * Puts footnote references where legal style wants them: straight after the word, with no space before, and after
 * the punctuation that follows the citation ("refer to it [@a]." becomes "refer to it.¹"); brackets around a citation
 * and punctuation with nothing before it to close go; references side by side are parted by a superscript comma.
 */
export function placeFootnotes(content: readonly LayoutInline[]): LayoutInline[] {
  const out: LayoutInline[] = [];
  const items = content.map((inline) => ({ ...inline }));
  let index = 0;
  while (index < items.length) {
    if (items[index]!.type !== 'footnote') {
      out.push(items[index]!);
      index++;
      continue;
    }
    const group: LayoutInline[] = [];
    while (index < items.length) {
      const item = items[index]!;
      const between = item.type === 'text' && /^\s*$/.test(item.text) && items[index + 1]?.type === 'footnote';
      if (item.type === 'footnote') group.push(item);
      else if (!between) break;
      index++;
    }
    for (let previous = out[out.length - 1]; previous?.type === 'text'; previous = out[out.length - 1]) {
      previous.text = previous.text.replace(/\s+$/, '');
      if (previous.text !== '') break;
      out.pop();
    }
    const next = items[index];
    const before = out[out.length - 1];
    if (next?.type === 'text' && before?.type === 'text' && before.text.endsWith('(') && /^\s*\)/.test(next.text)) {
      before.text = before.text.slice(0, -1).replace(/\s+$/, '');
      next.text = next.text.replace(/^\s*\)/, '');
      if (before.text === '') out.pop();
    }
    if (next?.type === 'text') {
      const punctuation = CLOSING_PUNCTUATION.exec(next.text)?.[0];
      if (punctuation) {
        const last = out[out.length - 1];
        const ended = last?.type !== 'text' || (/[.!?:;,]["'’”)]*$/.test(last.text) && /^[.;,:]$/.test(punctuation));
        if (!ended) out.push({ type: 'text', text: punctuation });
        next.text = next.text.slice(punctuation.length);
      }
      if (next.text === '') index++;
    }
    for (const [position, footnote] of group.entries()) {
      if (position > 0) out.push({ type: 'text', text: ',', superscript: true });
      out.push(footnote);
    }
  }
  return out;
}
