import { walkBlocks } from '../body/bodyText';
import { outlineFromDocx } from '../import/outlineFromDocx';
import type { DocumentNode } from '../interchange/documentSchema';
import { quotationEnding } from './citedQuotations';

/** A note of a draft: its text, and the quotation the sentence carrying its reference ends with ('' for none). */
export interface DraftNote {
  text: string;
  quote: string;
}

/** The footnotes and endnotes of a DOCX document (base64), in the order the document refers to them, each with the quotation it follows. */
export async function docxNotes(base64: string): Promise<DraftNote[]> {
  const notes: DraftNote[] = [];
  // Each note is read as a citation of its own number, so that the body shows the words before its reference.
  const { document } = await outlineFromDocx(base64, (text) => {
    notes.push({ text, quote: '' });
    return { key: String(notes.length - 1), pinpoint: '' };
  });
  const visit = (nodes: readonly DocumentNode[]) => {
    for (const node of nodes) {
      walkBlocks(node.body?.content ?? [], (inline) => {
        let before = '';
        for (const part of inline) {
          if (part.type === 'text') before += part.text;
          else if (part.type === 'hardBreak') before += ' ';
          else if (part.type === 'citation') {
            const note = notes[Number(part.attrs.key)];
            if (note) note.quote = quotationEnding(before);
            before = '';
          }
        }
      });
      visit(node.children ?? []);
    }
  };
  visit(document.nodes ?? []);
  return notes;
}

/**
 * The footnotes of a Markdown document, in the order the text refers to them, each with the quotation it follows:
 * pandoc's `[^label]` references with their `[^label]: …` definitions (continued on indented lines), and inline `^[…]` notes.
 */
export function markdownNotes(markdown: string): DraftNote[] {
  const definitions = new Map<string, string>();
  const body: string[] = [];
  let current: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const definition = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(line);
    if (definition) {
      current = definition[1]!;
      definitions.set(current, definition[2]!);
    } else if (current !== undefined && /^(?: {2,}|\t)\S/.test(line)) {
      definitions.set(current, `${definitions.get(current)} ${line.trim()}`);
    } else {
      current = undefined;
      body.push(line);
    }
  }
  const notes: DraftNote[] = [];
  const seen = new Set<string>();
  const text = body.join('\n');
  let from = 0;
  for (const match of text.matchAll(/\[\^([^\]\s]+)\]|\^\[([^\]]*)\]/g)) {
    const before = text
      .slice(from, match.index)
      .split(/\n\s*\n/)
      .at(-1)!
      .replace(/\s+/g, ' ');
    from = match.index + match[0].length;
    const quote = quotationEnding(before);
    if (match[2] !== undefined) notes.push({ text: match[2].trim(), quote });
    else if (!seen.has(match[1]!) && definitions.has(match[1]!)) {
      seen.add(match[1]!);
      notes.push({ text: definitions.get(match[1]!)!.trim(), quote });
    }
  }
  return notes;
}
