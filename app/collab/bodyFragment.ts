import * as Y from 'yjs';
import { blockKey, type JsonNode } from '../body/blockKey';
import { bodySchema } from '../body/bodySchema';
import { type BodyDocument, emptyBody } from '../body/types';

/**
 * A body as a TipTap collaborative fragment, in the shape y-prosemirror (and so TipTap's Collaboration extension)
 * reads and writes: an element per node with its attributes, and each run of text one `Y.XmlText` whose
 * formatting attributes are the marks.
 */
function toYNodes(nodes: readonly JsonNode[]): (Y.XmlElement | Y.XmlText)[] {
  const result: (Y.XmlElement | Y.XmlText)[] = [];
  let text: Y.XmlText | undefined;
  let delta: { insert: string; attributes: Record<string, unknown> }[] = [];
  const flush = () => {
    if (text) text.applyDelta(delta);
    text = undefined;
    delta = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!text) {
        text = new Y.XmlText();
        result.push(text);
      }
      const attributes: Record<string, unknown> = {};
      for (const mark of node.marks ?? []) attributes[mark.type] = mark.attrs ?? {};
      delta.push({ insert: node.text ?? '', attributes });
      continue;
    }
    flush();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      if (value !== null && value !== undefined) element.setAttribute(key, value as string);
    }
    element.insert(0, toYNodes(node.content ?? []));
    result.push(element);
  }
  flush();
  return result;
}

function fromYNode(item: Y.XmlElement | Y.XmlText | Y.XmlHook): JsonNode[] {
  if (item instanceof Y.XmlText) {
    return (item.toDelta() as { insert: unknown; attributes?: Record<string, Record<string, unknown>> }[])
      .filter((part) => typeof part.insert === 'string' && part.insert !== '')
      .map((part) => {
        const node: JsonNode = { type: 'text', text: part.insert as string };
        const marks = Object.entries(part.attributes ?? {}).map(([type, attrs]) => {
          const name = type.split('--')[0]!;
          return attrs && Object.keys(attrs).length > 0 ? { type: name, attrs } : { type: name };
        });
        if (marks.length > 0) node.marks = marks;
        return node;
      });
  }
  if (!(item instanceof Y.XmlElement)) return [];
  const node: JsonNode = { type: item.nodeName };
  const attrs = item.getAttributes();
  if (Object.keys(attrs).length > 0) node.attrs = attrs as Record<string, unknown>;
  const content = item.toArray().flatMap((child) => fromYNode(child as Y.XmlElement | Y.XmlText));
  if (content.length > 0) node.content = content;
  return [node];
}

/** The blocks of a fragment as JSON, one entry per top-level element. */
function fragmentBlocks(fragment: Y.XmlFragment): JsonNode[] {
  return fragment.toArray().flatMap((item) => fromYNode(item as Y.XmlElement | Y.XmlText));
}

/**
 * A fragment's body, checked as any body from outside is (a remote client may write anything); what does not pass
 * is kept as its plain text.
 */
export function fragmentToBody(fragment: Y.XmlFragment): BodyDocument {
  const blocks = fragmentBlocks(fragment);
  if (blocks.length === 0) return emptyBody();
  const parsed = bodySchema.safeParse({ type: 'doc', content: blocks });
  if (parsed.success) return parsed.data;
  const text = fragment
    .toString()
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === ''
    ? emptyBody()
    : { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/**
 * Writes a body into a fragment, replacing only the blocks that differ (a common start and end are kept), so that
 * an edit of one paragraph touches that paragraph alone. Call inside a transaction. Returns whether anything changed.
 */
export function writeBodyToFragment(fragment: Y.XmlFragment, body: BodyDocument): boolean {
  const wanted = body.content as JsonNode[];
  const current = fragmentBlocks(fragment).map(blockKey);
  const next = wanted.map(blockKey);
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++;
  }
  const removeCount = current.length - start - end;
  if (removeCount > 0) fragment.delete(start, removeCount);
  const inserted = wanted.slice(start, wanted.length - end);
  if (inserted.length > 0) fragment.insert(start, toYNodes(inserted) as Y.XmlElement[]);
  return removeCount > 0 || inserted.length > 0;
}
