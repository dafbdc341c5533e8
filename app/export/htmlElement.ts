import { cleanText } from './cleanText';

/** HTML that is safe to write as it is: only `text` and `element` make it, so no text is ever read as markup. */
export interface Html {
  readonly html: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
function escapeHtml(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** Text as HTML: every character escaped. */
export function text(value: string): Html {
  return { html: escapeHtml(value) };
}

const VOID = new Set(['meta', 'hr', 'br', 'link']);

/** An element whose tag and attribute names come from the code; attribute values are escaped, children already are. */
export function element(
  tag: string,
  attributes: Record<string, string | undefined> = {},
  children: readonly Html[] = [],
): Html {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) open += ` ${name}="${escapeHtml(value)}"`;
  }
  if (VOID.has(tag)) return { html: `${open}>` };
  return { html: `${open}>${children.map((child) => child.html).join('')}</${tag}>` };
}

/** Joins pieces of HTML. */
export function fragment(children: readonly Html[], separator = ''): Html {
  return { html: children.map((child) => child.html).join(separator) };
}
