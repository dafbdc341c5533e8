import type { BlockNode, BodyDocument } from '../body/types';
import type { DocumentNode } from '../interchange/documentSchema';
import { invalidInput } from '../model/errors';
import { paragraphOutline } from './paragraphOutline';

/** A heading of a document with the text below it, or (level null) the text before the first heading. */
export interface OutlineEntry {
  level: number | null;
  title: string;
  body: BodyDocument;
  /** Where it is in the source, for messages: `line 12`, `paragraph 4`. */
  where: string;
}

/** The title of the note that holds the text before a document's first heading. */
export const PREAMBLE_TITLE = 'Text before the first heading';

/**
 * Nests headings by level: the shallowest level of the document becomes issues, deeper ones claims
 * under the nearest heading above them; the text below a heading becomes its body. A document without
 * headings becomes one issue (its first paragraph) with a claim per paragraph (see `paragraphOutline`);
 * `attached` are the blocks that stay with the paragraph before them (its notes).
 */
export function outlineToNodes(
  read: readonly OutlineEntry[],
  source: string,
  attached?: ReadonlySet<BlockNode>,
): { nodes: DocumentNode[]; warnings: string[] } {
  const headed = read.some((entry) => entry.level !== null);
  const entries = headed ? read : paragraphOutline(read[0]?.body ?? { type: 'doc', content: [] }, attached);
  const levels = entries.flatMap((entry) => (entry.level === null ? [] : [entry.level]));
  if (levels.length === 0) throw invalidInput(`${source}: the document has no text to import.`);
  const warnings = headed
    ? []
    : [
        `${source}: the document has no headings, so its first paragraph became an issue and each other paragraph a claim below it.`,
      ];
  const top = Math.min(...levels);
  const roots: DocumentNode[] = [];
  const stack: { level: number; node: DocumentNode }[] = [];
  for (const entry of entries) {
    if (entry.title.length > 2000) {
      throw invalidInput(`${source}: ${entry.where}: the heading is longer than 2,000 characters`, entry.where);
    }
    const node: DocumentNode =
      entry.level === null
        ? { kind: 'note', title: PREAMBLE_TITLE }
        : { kind: entry.level === top ? 'issue' : 'claim', title: entry.title };
    if (entry.body.content.length > 0) node.body = entry.body;
    if (entry.level === null) {
      if (node.body) roots.push(node);
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) roots.push(node);
    else if (parent.node.children) parent.node.children.push(node);
    else parent.node.children = [node];
    stack.push({ level: entry.level, node });
  }
  return { nodes: roots, warnings };
}
