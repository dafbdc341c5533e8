import { bodyPlainText } from '../body/bodyText';
import { escapeText } from '../body/bodyToMarkdown';
import { markdownToBody, parseInline } from '../body/markdownToBody';
import { invalidInput } from '../model/errors';
import { escapeExcessMarkup } from './escapeExcessMarkup';
import type { ImportedDocument } from './importedDocument';
import { type OutlineEntry, outlineToNodes } from './outlineToNodes';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-{2,})[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NESTING = /^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*/;
const MAX_NESTING = 200;
const LONGEST_HEADING = 8000;
const NOT_PARAGRAPH = /^(?: {4,}|\t| {0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|#))/;

/**
 * Builds a document from a Markdown outline: headings (`#` or underlined) become issues (the
 * shallowest level) and claims (deeper levels, nested), and the Markdown below each heading its body.
 * Fenced code is kept as literal text (headings inside it are not headings). Text before the first heading becomes a note.
 */
export function outlineFromMarkdown(text: string): ImportedDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const entries: OutlineEntry[] = [];
  let current = { level: null as number | null, title: '', where: 'line 1', lines: [] as string[] };
  const warnings: string[] = [];
  const finish = () => {
    const paragraphs = current.lines
      .join('\n')
      .split(/\n[ \t]*\n/)
      .map((paragraph) => {
        const limited = escapeExcessMarkup(paragraph);
        if (limited.escaped) {
          warnings.push(
            `Markdown: below ${current.where}: a paragraph has too many * _ [ marks to read; they are kept as characters.`,
          );
        }
        return limited.markdown;
      });
    entries.push({
      level: current.level,
      title: current.title,
      where: current.where,
      body: markdownToBody(paragraphs.join('\n\n')),
    });
  };
  let fence: string | null = null;
  let code: string[] = [];
  const finishCode = () => {
    if (code.length > 0) current.lines.push('', code.map(literalLine).join('\\\n'), '');
    code = [];
    fence = null;
  };
  let previousIsParagraph = false;
  for (let index = skipFrontMatter(lines); index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) finishCode();
      else code.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      previousIsParagraph = false;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    const underline = previousIsParagraph ? SETEXT_UNDERLINE.exec(line) : null;
    if (heading || underline) {
      const title = heading ? (heading[2] ?? '') : current.lines.pop()!;
      if (title.length > LONGEST_HEADING) throw tooLong(heading ? index + 1 : index);
      const level = heading ? heading[1]!.length : underline![1]![0] === '=' ? 1 : 2;
      finish();
      current = { level, title: plainTitle(title), where: `line ${heading ? index + 1 : index}`, lines: [] };
      previousIsParagraph = false;
      continue;
    }
    if (NESTING.exec(line)![0].length > MAX_NESTING) {
      throw invalidInput(`Markdown: line ${index + 1}: lists or quotes are nested too deeply`, `line ${index + 1}`);
    }
    current.lines.push(line);
    previousIsParagraph = line.trim() !== '' && !NOT_PARAGRAPH.test(line);
  }
  finishCode();
  finish();
  const outline = outlineToNodes(entries, 'Markdown');
  return {
    document: { format: 'casewright', version: 1, nodes: outline.nodes },
    warnings: [...outline.warnings, ...warnings],
  };
}

function tooLong(line: number) {
  return invalidInput(`Markdown: line ${line}: the heading is longer than 2,000 characters`, `line ${line}`);
}

/** A line of fenced code as Markdown that reads back as the same characters (the body has no code blocks). */
function literalLine(line: string): string {
  return escapeText(line.trim()).replace(/^(#|[-+]\s|\d{1,9}[.)])/, '\\$1') || ' ';
}

function plainTitle(markdown: string): string {
  const content = parseInline(markdown.trim());
  if (content.length === 0) return '';
  return bodyPlainText({ type: 'doc', content: [{ type: 'paragraph', content }] })
    .replace(/\s+/g, ' ')
    .trim();
}

function skipFrontMatter(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let index = 1; index < lines.length; index++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[index]!)) return index + 1;
    if (lines[index]!.trim() === '') return 0;
  }
  return 0;
}
