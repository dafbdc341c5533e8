import { execFileSync } from 'node:child_process';

/** One entry of a zip file (a DOCX part) as text, read with the system's unzip. */
export function unzipText(path: string, entry: string): string {
  return execFileSync('unzip', ['-p', path, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Pandoc's reading of a file (or of text given as input) as its JSON syntax tree. */
export function pandocJson(source: { path: string } | { text: string }, from: string): PandocDocument {
  const args = ['-f', from, '-t', 'json'];
  const output =
    'path' in source
      ? execFileSync('pandoc', [...args, source.path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      : execFileSync('pandoc', args, { input: source.text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as PandocDocument;
}

export interface PandocNode {
  t: string;
  c?: unknown;
}
export interface PandocDocument {
  blocks: PandocNode[];
}

/** The plain text of pandoc inlines (notes left out). */
export function plainText(inlines: unknown): string {
  if (!Array.isArray(inlines)) return '';
  return (inlines as PandocNode[])
    .map((inline) => {
      const content = inline.c as unknown[];
      switch (inline.t) {
        case 'Str':
          return inline.c as string;
        case 'Space':
        case 'SoftBreak':
        case 'LineBreak':
          return ' ';
        case 'Emph':
        case 'Strong':
        case 'SmallCaps':
        case 'Underline':
        case 'Strikeout':
          return plainText(inline.c);
        case 'Span':
        case 'Link':
        case 'Quoted':
          return plainText(content[1]);
        case 'Code':
        case 'RawInline':
          return content[1] as string;
        default:
          return '';
      }
    })
    .join('');
}

/** Every node of a pandoc tree, depth first, in reading order (notes' content included). */
export function walkPandoc(value: unknown, visit: (node: PandocNode) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walkPandoc(item, visit);
  } else if (value !== null && typeof value === 'object' && 't' in value) {
    visit(value as PandocNode);
    walkPandoc((value as PandocNode).c, visit);
  }
}

/** The headings in reading order, with their level and text (also those pandoc nests in lists). */
export function pandocHeadings(document: PandocDocument): { level: number; text: string }[] {
  const headings: { level: number; text: string }[] = [];
  walkPandoc(document.blocks, (node) => {
    if (node.t === 'Header') {
      const [level, , inlines] = node.c as [number, unknown, unknown];
      headings.push({ level, text: plainText(inlines).trim() });
    }
  });
  return headings;
}

/** The footnotes in reading order, as plain text, and whether each has italics. */
export function pandocNotes(document: PandocDocument): { text: string; italic: string[] }[] {
  const notes: { text: string; italic: string[] }[] = [];
  walkPandoc(document.blocks, (node) => {
    if (node.t !== 'Note') return;
    const italic: string[] = [];
    walkPandoc(node.c, (inner) => {
      if (inner.t === 'Emph') italic.push(plainText(inner.c));
    });
    const text = (node.c as PandocNode[])
      .map((block) => plainText(block.c))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    notes.push({ text, italic });
  });
  return notes;
}

/** The text of the top-level paragraphs between a level-1 heading and the next one. */
export function paragraphsUnder(document: PandocDocument, heading: string): string[] {
  const paragraphs: string[] = [];
  let inside = false;
  for (const block of document.blocks) {
    if (block.t === 'Header' && (block.c as [number])[0] === 1) {
      inside = plainText((block.c as unknown[])[2]).trim() === heading;
      continue;
    }
    if (inside && (block.t === 'Para' || block.t === 'Plain')) {
      paragraphs.push(plainText(block.c).replace(/\s+/g, ' ').trim());
    }
  }
  return paragraphs;
}
