import { isSafeHref } from '../body/types';
import type { CitationRun } from '../cite';
import { contentsEntries } from './contentsEntries';
import type { DocumentLayout, LayoutBlock, LayoutInline } from './documentLayout';
import { escapeLineStart, escapeMarkdown } from './escapeMarkdown';
import { footnoteList } from './footnoteList';

/** Emphasis around escaped text, with the spaces at its ends kept outside the markers, as Markdown requires. */
function emphasise(value: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(value)!;
  return match[2] === '' ? value : `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function inlineMarkdown(content: readonly LayoutInline[]): string {
  return content
    .map((inline) => {
      if (inline.type === 'footnote') return `[^${inline.number}]`;
      if (inline.type === 'break') return '\\\n';
      let value = escapeMarkdown(inline.text);
      if (inline.italic) value = emphasise(value, '*');
      if (inline.superscript) value = `^${value}^`;
      if (inline.bold) value = emphasise(value, '**');
      const target =
        inline.href && isSafeHref(inline.href) ? inline.href : inline.anchor ? `#${inline.anchor}` : undefined;
      return target ? `[${value}](${target.replace(/[()\s<>]/g, encodeURIComponent)})` : value;
    })
    .join('');
}

function citationMarkdown(runs: readonly CitationRun[]): string {
  return inlineMarkdown(
    runs.map((run) => ({
      type: 'text' as const,
      text: run.text,
      ...(run.italic ? { italic: true } : {}),
      ...(run.superscript ? { superscript: true } : {}),
    })),
  );
}

function paragraph(markdown: string): string {
  return markdown.split('\n').map(escapeLineStart).join('\n');
}

function indent(markdown: string, width: number): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? line : `${' '.repeat(width)}${line}`))
    .join('\n');
}

function blockMarkdown(layout: DocumentLayout, block: LayoutBlock): string {
  switch (block.type) {
    case 'paragraph': {
      if (block.style === 'title' || block.style === 'subtitle') return `**${inlineMarkdown(block.content)}**`;
      if (block.style === 'quote') return `> ${paragraph(inlineMarkdown(block.content)).split('\n').join('\n> ')}`;
      return paragraph(inlineMarkdown(block.content));
    }
    case 'argumentHeading':
      return `${'#'.repeat(block.depth + 2)} ${escapeMarkdown(block.number)} ${inlineMarkdown(block.content)} {#${block.anchor}}`;
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}.`.padEnd(4) : '-   ';
          const inner = item.map((child) => blockMarkdown(layout, child)).join('\n\n');
          return `${marker}${indent(inner, 4).slice(4)}`;
        })
        .join('\n');
    case 'fields':
      return block.fields
        .map((field) => `**${escapeMarkdown(field.label)}:** ${escapeMarkdown(field.value)}`)
        .join('\\\n');
    case 'card':
      return [`## ${inlineMarkdown(block.title)}`, ...block.blocks.map((child) => blockMarkdown(layout, child))].join(
        '\n\n',
      );
    case 'contents':
      return contentsEntries(layout)
        .map((entry) => `${' '.repeat(4 * entry.level)}-   [${inlineMarkdown(entry.content)}](#${entry.anchor})`)
        .join('\n');
    case 'authorities':
      if (layout.authorities.length === 0) return 'No authorities are cited.';
      return layout.authorities
        .map((group) => {
          const entries = group.entries.map(
            (entry) =>
              `-   ${citationMarkdown(entry.runs)} --- ${escapeMarkdown(footnoteList(entry.footnotes, layout.style))}`,
          );
          return `**${escapeMarkdown(group.title)}**\n\n${entries.join('\n')}`;
        })
        .join('\n\n');
    case 'map':
      return `![${escapeMarkdown(block.caption)}](data:image/svg+xml;base64,${Buffer.from(block.svg, 'utf8').toString('base64')})`;
  }
}

/** A layout as pandoc Markdown: headings with identifiers, footnotes `[^n]` with the formatted citations, escaped text. */
export function renderMarkdown(layout: DocumentLayout): string {
  const sections: string[] = [];
  for (const part of layout.parts) {
    if (part.title !== '') sections.push(`# ${escapeMarkdown(part.title)} {#part-${part.id}}`);
    for (const block of part.blocks) sections.push(blockMarkdown(layout, block));
  }
  const notes = layout.footnotes.map(
    (footnote) => `[^${footnote.number}]: ${paragraph(citationMarkdown(footnote.runs))}`,
  );
  return `${[...sections, ...notes].join('\n\n')}\n`;
}
