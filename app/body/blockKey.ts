/** A ProseMirror node as JSON, whatever its type. */
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A node as the shared fragment gives it back: no empty attributes or content, runs of equally marked text joined. */
export function canonical(node: JsonNode): JsonNode {
  const result: JsonNode = { type: node.type };
  const attrs = Object.fromEntries(Object.entries(node.attrs ?? {}).filter(([, value]) => value != null));
  if (Object.keys(attrs).length > 0) result.attrs = attrs;
  const content: JsonNode[] = [];
  for (const child of node.content ?? []) {
    if (child.type !== 'text') {
      content.push(canonical(child));
      continue;
    }
    if (!child.text) continue;
    const marks = (child.marks ?? []).map((mark) =>
      mark.attrs && Object.keys(mark.attrs).length > 0 ? { type: mark.type, attrs: mark.attrs } : { type: mark.type },
    );
    const last = content.at(-1);
    if (last?.type === 'text' && stableJson(last.marks ?? []) === stableJson(marks)) {
      last.text += child.text;
      continue;
    }
    content.push(marks.length > 0 ? { type: 'text', text: child.text, marks } : { type: 'text', text: child.text });
  }
  if (content.length > 0) result.content = content;
  return result;
}

/** JSON with the keys of every object sorted, to compare values whatever order their keys came in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A block's content as a string equal for equal blocks, however their JSON was written. */
export function blockKey(block: object): string {
  return stableJson(canonical(block as JsonNode));
}
