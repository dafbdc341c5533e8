import type { TextBlock } from './sourceTypes';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'dt',
  'dd',
  'table',
  'ul',
  'ol',
  'br',
  'hr',
  'title',
  'caption',
  'figcaption',
  'address',
]);
const SKIPPED = /<(script|style|template|noscript|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  sect: '§',
  para: '¶',
  shy: '\u00AD',
};

/**
 * The text of an HTML document as blocks, read as text and never run: scripts, styles and the head are
 * dropped, each paragraph, heading, list item and table cell is a block, and the items of an ordered list
 * are numbered as a browser shows them ("101." for the first item of `<ol start="101">`).
 */
export function htmlBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let current = '';
  const flush = () => {
    const text = decodeEntities(current)
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim();
    if (text !== '') blocks.push({ text });
    current = '';
  };
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(SKIPPED, ' ');
  for (const token of cleaned.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>$/.exec(token);
    if (!tag) {
      if (!token.startsWith('<')) current += token;
      continue;
    }
    const [, closing, rawName, attributes] = tag;
    const name = rawName!.toLowerCase();
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: Number(attribute(attributes!, 'start') ?? 1) || 1 });
    } else if (name === 'li' && !closing) {
      const list = lists.at(-1);
      if (list?.ordered) {
        const value = Number(attribute(attributes!, 'value'));
        const number = Number.isInteger(value) && value > 0 ? value : list.next;
        current = `${number}. `;
        list.next = number + 1;
      }
    }
  }
  flush();
  return blocks;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(attributes)?.[1];
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
