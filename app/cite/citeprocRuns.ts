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

interface Formatting {
  italic: boolean;
  superscript: boolean;
}

/** The formatting an opening tag sets, given the formatting around it. */
function openTag(tag: string, around: Formatting): Formatting {
  const name = /^<\s*([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
  return {
    italic: italicOf(tag) ?? around.italic,
    superscript: name === 'sup' || /vertical-align\s*:\s*super/i.test(tag) || around.superscript,
  };
}

function runOf(text: string, formatting: Formatting): CitationRun {
  return {
    text,
    ...(formatting.italic ? { italic: true } : {}),
    ...(formatting.superscript ? { superscript: true } : {}),
  };
}

/**
 * Citeproc-js's HTML output as citation runs: italics (including its flip-flop "normal" spans) and superscript
 * kept, every other tag dropped, entities decoded, so that the text is literal again and each renderer escapes it
 * its own way.
 */
export function citeprocHtmlToRuns(html: string): CitationRun[] {
  const runs: CitationRun[] = [];
  const stack: Formatting[] = [{ italic: false, superscript: false }];
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      if (/^<\s*\//.test(piece)) {
        if (stack.length > 1) stack.pop();
      } else if (!VOID_TAGS.test(piece) && !piece.endsWith('/>')) {
        stack.push(openTag(piece, stack.at(-1)!));
      }
      continue;
    }
    const text = decodeEntities(piece).replace(/\s+/g, ' ');
    if (text !== '') runs.push(runOf(text, stack.at(-1)!));
  }
  const merged = mergeRuns(runs);
  if (merged.length > 0) {
    merged[0] = { ...merged[0]!, text: merged[0]!.text.trimStart() };
    merged[merged.length - 1] = { ...merged.at(-1)!, text: merged.at(-1)!.text.trimEnd() };
  }
  return merged.filter((run) => run.text !== '');
}

/** The rich-text tags CSL-JSON allows in its fields (citeproc-js reads them; BibTeX imports write them). */
const RICH_TAG = /<\/?(?:i|b|sup|sub|sc)>|<span\s+(?:class="nocase"|style="font-variant:\s*small-caps;?")>|<\/span>/gi;

/**
 * Runs whose text holds CSL-JSON rich text ("n<sup>o</sup>", from BibLaTeX's \textsuperscript{o}) as runs with
 * that formatting: superscript kept, <i> flipping italics, other tags dropped; any other "<" stays literal text.
 */
export function richTextRuns(runs: readonly CitationRun[]): CitationRun[] {
  if (!runs.some((run) => /<\/?(?:i|b|sup|sub|sc|span)\b/i.test(run.text))) return [...runs];
  const out: CitationRun[] = [];
  for (const run of runs) {
    const stack: Formatting[] = [{ italic: run.italic === true, superscript: run.superscript === true }];
    let last = 0;
    for (const match of run.text.matchAll(RICH_TAG)) {
      if (match.index > last) out.push(runOf(run.text.slice(last, match.index), stack.at(-1)!));
      last = match.index + match[0].length;
      const tag = match[0].toLowerCase();
      if (tag.startsWith('</')) {
        if (stack.length > 1) stack.pop();
      } else {
        const around = stack.at(-1)!;
        stack.push({
          italic: tag === '<i>' ? !around.italic : around.italic,
          superscript: tag === '<sup>' || around.superscript,
        });
      }
    }
    if (last < run.text.length) out.push(runOf(run.text.slice(last), stack.at(-1)!));
  }
  return mergeRuns(out);
}
