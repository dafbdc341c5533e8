import type { CitationRun } from './citationRun';
import { mergeRuns } from './runParts';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Whether an opening tag of citeproc's HTML turns italics on (true), off (false) or leaves them as they are. */
function italicOf(tag: string): boolean | undefined {
  const name = /^<\s*([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
  if (name === 'i' || name === 'em') return true;
  if (/font-style\s*:\s*italic/i.test(tag)) return true;
  if (/font-style\s*:\s*normal/i.test(tag)) return false;
  return undefined;
}

const VOID_TAGS = /^<\s*(br|hr|img|wbr)\b/i;

/**
 * Citeproc-js's HTML output as citation runs: italics kept (including its flip-flop "normal" spans), every other
 * tag dropped, entities decoded, so that the text is literal again and each renderer escapes it its own way.
 */
export function citeprocHtmlToRuns(html: string): CitationRun[] {
  const runs: CitationRun[] = [];
  const italics: boolean[] = [false];
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      if (/^<\s*\//.test(piece)) {
        if (italics.length > 1) italics.pop();
      } else if (!VOID_TAGS.test(piece) && !piece.endsWith('/>')) {
        italics.push(italicOf(piece) ?? italics.at(-1)!);
      }
      continue;
    }
    const text = decodeEntities(piece).replace(/\s+/g, ' ');
    if (text !== '') runs.push(italics.at(-1) ? { text, italic: true } : { text });
  }
  const merged = mergeRuns(runs);
  if (merged.length > 0) {
    merged[0] = { ...merged[0]!, text: merged[0]!.text.trimStart() };
    merged[merged.length - 1] = { ...merged.at(-1)!, text: merged.at(-1)!.text.trimEnd() };
  }
  return merged.filter((run) => run.text !== '');
}
