/** A node's body: a ProseMirror document in the shape TipTap writes (JSON). */

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export interface CitationNode {
  type: 'citation';
  attrs: { key: string; pinpoint: string };
}

export interface CrossReferenceNode {
  type: 'crossref';
  attrs: { nodeId: number; label: string };
}

export interface HardBreakNode {
  type: 'hardBreak';
}

export type InlineNode = TextNode | CitationNode | CrossReferenceNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 };
  content?: InlineNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start: number };
  content: ListItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}

export type BlockNode = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode;

export interface BodyDocument {
  type: 'doc';
  content: BlockNode[];
}

/** The empty body. */
export const emptyBody = (): BodyDocument => ({ type: 'doc', content: [] });

/** Link targets a body may hold; anything else is dropped where it is parsed. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim()) && !/[\s<>"]/.test(href.trim());
}
