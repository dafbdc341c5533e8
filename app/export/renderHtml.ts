import { isSafeHref } from '../body/types';
import { contentsEntries } from './contentsEntries';
import type {
  DocumentLayout,
  FootnoteRun,
  LayoutBlock,
  LayoutChange,
  LayoutInline,
  LayoutPart,
} from './documentLayout';
import { footnoteLabel } from './footnoteList';
import { element, fragment, type Html, text } from './htmlElement';
import { HTML_STYLES } from './htmlStyles';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5'];

/** How a variant of the HTML export writes its footnotes, contents and index (the paged PDF places them itself). */
export interface HtmlVariant {
  footnote(number: number): Html;
  contents(layout: DocumentLayout): Html;
  authorities(layout: DocumentLayout): Html;
}

const ENDNOTES: HtmlVariant = {
  footnote: (number) =>
    element('sup', { class: 'note-ref' }, [
      element('a', { href: `#note-${number}`, id: `ref-${number}` }, [text(String(number))]),
    ]),
  contents: (layout) => renderContents(layout),
  authorities: (layout) => renderAuthorities(layout),
};

/** A layout as one standalone HTML file: inline styles, no script, a strict CSP, citations as numbered endnotes. */
export function renderHtml(layout: DocumentLayout): string {
  const head = element('head', {}, [
    element('meta', { charset: 'utf-8' }),
    element('meta', { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('meta', { name: 'generator', content: 'Casewright' }),
    element('title', {}, [text(layout.title)]),
    { html: `<style>${HTML_STYLES}</style>` },
  ]);
  const parts = layout.parts.map((part, index) => renderPart(layout, part, index, ENDNOTES));
  const body = element('body', { class: `layout-${layout.layout}` }, [
    element('main', {}, [...parts, renderNotes(layout)]),
  ]);
  return `<!DOCTYPE html>\n${element('html', { lang: layout.language }, [head, body]).html}\n`;
}

/** One part as a section, its blocks rendered as the variant writes notes, contents and index. */
export function renderPart(
  layout: DocumentLayout,
  part: LayoutPart,
  index: number,
  variant: HtmlVariant,
  extraClass = '',
): Html {
  const classes = ['part', `part-${part.id}`, part.newPage && index > 0 ? 'page-break' : '', extraClass]
    .filter(Boolean)
    .join(' ');
  const heading = part.title === '' ? [] : [element('h1', {}, [text(part.title)])];
  return element('section', { class: classes, id: `part-${part.id}` }, [
    ...heading,
    ...part.blocks.map((block) => renderBlock(layout, block, variant)),
  ]);
}

const nodeAttribute = (nodeId: number | undefined) => (nodeId === undefined ? undefined : String(nodeId));

function renderBlock(layout: DocumentLayout, block: LayoutBlock, variant: HtmlVariant): Html {
  const inlines = (content: readonly LayoutInline[]) => renderInlines(content, (number) => variant.footnote(number));
  switch (block.type) {
    case 'paragraph':
      return element('p', { class: block.style, 'data-node': nodeAttribute(block.nodeId) }, inlines(block.content));
    case 'argumentHeading':
      return element(HEADING_TAGS[block.depth] ?? 'h5', { id: block.anchor }, [
        element('span', { class: 'number' }, [text(block.number)]),
        text(' '),
        ...inlines(block.content),
      ]);
    case 'list':
      return element(
        block.ordered ? 'ol' : 'ul',
        { 'data-node': nodeAttribute(block.nodeId) },
        block.items.map((item) =>
          element(
            'li',
            {},
            item.map((child) => renderBlock(layout, child, variant)),
          ),
        ),
      );
    case 'fields':
      return element(
        'dl',
        { class: 'memo-fields' },
        block.fields.flatMap((field) => [
          element('dt', {}, [text(`${field.label}:`)]),
          element('dd', {}, [text(field.value)]),
        ]),
      );
    case 'card':
      return element('article', { class: 'card', 'data-node': nodeAttribute(block.nodeId) }, [
        element('h2', { class: 'card-title' }, inlines(block.title)),
        ...block.blocks.map((child) => renderBlock(layout, child, variant)),
      ]);
    case 'contents':
      return variant.contents(layout);
    case 'authorities':
      return variant.authorities(layout);
    case 'map':
      // The SVG is mapToSvg's, its text escaped there; drawn at the width of the page, its text real and selectable.
      return element('figure', { class: 'map-figure' }, [
        element('figcaption', {}, [text(block.caption)]),
        { html: block.svg.replace(/^<\?xml[^>]*>\s*/, '') },
      ]);
  }
}

function renderAuthorities(layout: DocumentLayout): Html {
  if (layout.authorities.length === 0) return element('p', {}, [text('No authorities are cited.')]);
  return fragment(
    layout.authorities.flatMap((group) => [
      element('p', { class: 'toa-heading' }, [text(group.title)]),
      element(
        'ul',
        { class: 'toa' },
        group.entries.map((entry) =>
          element('li', {}, [
            ...renderCitation(entry.runs),
            text(' '),
            element('span', { class: 'cited' }, [
              text(`${footnoteLabel(entry.footnotes.length, layout.style)} `),
              fragment(
                entry.footnotes.map((number) => element('a', { href: `#note-${number}` }, [text(String(number))])),
                ', ',
              ),
            ]),
          ]),
        ),
      ),
    ]),
  );
}

/** In a redline, content only the later version has as `ins`, only the earlier as `del` (coloured by the stylesheet). */
export function marked(html: Html, change: LayoutChange | undefined): Html {
  return change === undefined ? html : element(change === 'insert' ? 'ins' : 'del', {}, [html]);
}

/** Inline content as HTML, each footnote reference written by `footnote`. */
export function renderInlines(content: readonly LayoutInline[], footnote: (number: number) => Html): Html[] {
  return content.map((inline) => {
    if (inline.type === 'footnote') return marked(footnote(inline.number), inline.change);
    if (inline.type === 'break') return element('br');
    let html = text(inline.text);
    if (inline.italic) html = element('em', {}, [html]);
    if (inline.superscript) html = element('sup', {}, [html]);
    if (inline.bold) html = element('strong', {}, [html]);
    if (inline.href && isSafeHref(inline.href))
      html = element('a', { href: inline.href, rel: 'noopener noreferrer' }, [html]);
    else if (inline.anchor) html = element('a', { href: `#${inline.anchor}` }, [html]);
    html = marked(html, inline.change);
    return html;
  });
}

/** A formatted citation: its runs, italic and superscript where the style says (and, in a redline, marked). */
export function renderCitation(runs: readonly FootnoteRun[]): Html[] {
  return runs.map((run) => {
    const html = run.italic ? element('em', {}, [text(run.text)]) : text(run.text);
    return marked(run.superscript ? element('sup', {}, [html]) : html, run.change);
  });
}

function renderContents(layout: DocumentLayout): Html {
  const entries = contentsEntries(layout).map((entry) =>
    element('li', { class: `level-${entry.level}` }, [
      element('a', { href: `#${entry.anchor}` }, renderInlines(entry.content, ENDNOTES.footnote)),
    ]),
  );
  return element('nav', { class: 'contents', 'aria-label': 'Table of Contents' }, [element('ul', {}, entries)]);
}

function renderNotes(layout: DocumentLayout): Html {
  if (layout.footnotes.length === 0) return fragment([]);
  return element('section', { class: 'notes', 'aria-label': 'Notes' }, [
    element('hr'),
    element(
      'ol',
      {},
      layout.footnotes.map((footnote) =>
        element('li', { id: `note-${footnote.number}`, value: String(footnote.number) }, [
          marked(fragment(renderCitation(footnote.runs)), footnote.change),
          text(' '),
          element(
            'a',
            {
              href: `#ref-${footnote.number}`,
              class: 'back',
              'aria-label': `Back to note ${footnote.number} in the text`,
            },
            [text('↩')],
          ),
        ]),
      ),
    ),
  ]);
}
