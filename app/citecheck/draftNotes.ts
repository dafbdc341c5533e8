import { outlineFromDocx } from '../import/outlineFromDocx';

/** The footnotes and endnotes of a DOCX document (base64), as text, in the order the document refers to them. */
export async function docxNotes(base64: string): Promise<string[]> {
  const notes: string[] = [];
  await outlineFromDocx(base64, (text) => {
    notes.push(text);
    return null;
  });
  return notes;
}

/**
 * The footnotes of a Markdown document, as text, in the order the text refers to them: pandoc's
 * `[^label]` references with their `[^label]: …` definitions (continued on indented lines), and inline `^[…]` notes.
 */
export function markdownNotes(markdown: string): string[] {
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
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const match of body.join('\n').matchAll(/\[\^([^\]\s]+)\]|\^\[([^\]]*)\]/g)) {
    if (match[2] !== undefined) notes.push(match[2].trim());
    else if (!seen.has(match[1]!) && definitions.has(match[1]!)) {
      seen.add(match[1]!);
      notes.push(definitions.get(match[1]!)!.trim());
    }
  }
  return notes;
}
