import type { DocumentLayout, LayoutInline } from './documentLayout';

/** One line of a table of contents: a part or an argument heading of the first two levels. */
export interface ContentsEntry {
  level: number;
  anchor: string;
  content: LayoutInline[];
}

/** The table of contents of the HTML and Markdown exports (Word builds its own from the headings), to `depth` levels of headings. */
export function contentsEntries(layout: DocumentLayout, depth = 2): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const part of layout.parts) {
    if (part.title === '' || part.id === 'contents') continue;
    entries.push({ level: 0, anchor: `part-${part.id}`, content: [{ type: 'text', text: part.title }] });
    for (const block of part.blocks) {
      if (block.type !== 'argumentHeading' || block.depth >= depth) continue;
      const content = block.content.map((inline) =>
        inline.type === 'text' ? { type: 'text' as const, text: inline.text } : inline,
      );
      entries.push({
        level: block.depth + 1,
        anchor: block.anchor,
        content: [{ type: 'text', text: `${block.number} ` }, ...content],
      });
    }
  }
  return entries;
}
