import { markdownToBody } from '../body/markdownToBody';
import type { CasewrightDocument, DocumentNode } from '../interchange/documentSchema';
import { argdownBodyText } from './argdownBodyText';

const DATA_FIELDS = ['mode', 'standard', 'weight', 'assessment', 'disputed', 'side'] as const;
const SIMPLE_TAG = /^[\p{L}\p{N}_-]+$/u;

/**
 * Writes a document as Argdown: each node a statement `[Title]: text` (titles made unique and safe
 * for brackets), supports as `+` and counters and responses as `-` relations nested by indentation,
 * tags as `#tags`, and the kind and fields in `{data}`, so that importing it gives the same tree.
 */
export function argdownFromDocument(document: CasewrightDocument): string {
  const lines: string[] = [];
  const title = document.case?.title?.replace(/\s+/g, ' ').trim();
  if (title) lines.push(`# ${title.replace(/\\/g, '\\\\').replace(/\/(?=[/*])|<(?=!--)/g, '\\$&')}`, '');
  const used = new Set<string>();
  const stack: { node: DocumentNode; depth: number; relation: string }[] = [];
  const roots = document.nodes ?? [];
  for (let index = roots.length - 1; index >= 0; index--) stack.push({ node: roots[index]!, depth: 0, relation: '' });
  while (stack.length > 0) {
    const { node, depth, relation } = stack.pop()!;
    if (depth === 0 && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    lines.push(`${'  '.repeat(depth)}${relation}${statementLine(node, uniqueTitle(node.title, used))}`);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      const attacks = child.kind === 'counter' || child.kind === 'response';
      stack.push({ node: child, depth: depth + 1, relation: attacks ? '- ' : '+ ' });
    }
  }
  return `${lines.join('\n')}\n`;
}

function statementLine(node: DocumentNode, title: string): string {
  const body = node.body ?? (node.text ? markdownToBody(node.text) : undefined);
  // Text that starts with "===" would open Argdown front matter for @argdown/core; the escape keeps it text.
  const text = (body ? argdownBodyText(body) : '').replace(/^===/, '\\===');
  const data: string[] = [`kind: ${node.kind}`];
  for (const field of DATA_FIELDS) {
    const value = node[field];
    if (value !== undefined) data.push(`${field}: ${dataValue(value)}`);
  }
  const allTags = node.tags ?? [];
  const asHashtags = allTags.every((tag) => SIMPLE_TAG.test(tag) || isBracketableTag(tag));
  const tags = asHashtags ? allTags.map((tag) => (SIMPLE_TAG.test(tag) ? `#${tag}` : `#(${tag})`)) : [];
  if (!asHashtags) data.push(`tags: [${allTags.map(dataValue).join(', ')}]`);
  if (title !== node.title) data.push(`title: ${dataValue(node.title)}`);
  const parts = [`[${title}]${text === '' ? '' : `: ${text}`}`, ...tags, `{${data.join(', ')}}`];
  return parts.join(' ');
}

function isBracketableTag(tag: string): boolean {
  return tag === tag.replace(/\s+/g, ' ').trim() && !/[()\\#{}]|\/[/*]|<!--/.test(tag);
}

/** A data value: bare when it is a plain word, otherwise a double-quoted string that no comment syntax can break. */
function dataValue(value: string | boolean): string {
  if (typeof value === 'boolean' || (/^[a-z_]+$/.test(value) && !/^(true|false|yes|no|null)$/.test(value))) {
    return String(value);
  }
  return JSON.stringify(value).replace(/\//g, '\\/').replace(/</g, '\\u003c');
}

/** A title Argdown can hold between brackets, unique among those already used. */
function uniqueTitle(title: string, used: Set<string>): string {
  const safe =
    title
      .replace(/\s+/g, ' ')
      .replace(/\[/g, '(')
      .replace(/]/g, ')')
      .replace(/\\/g, '/')
      .replace(/\/(?=[/*])/g, '/ ')
      .replace(/<!--/g, '< !--')
      .trim() || 'Untitled';
  let candidate = safe;
  for (let count = 2; used.has(candidate); count++) candidate = `${safe} (${count})`;
  used.add(candidate);
  return candidate;
}
