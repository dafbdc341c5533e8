import { contentsEntries } from '../contentsEntries';
import type { DocumentLayout, LayoutInline, PartId } from '../documentLayout';
import { element, fragment, text } from '../htmlElement';
import { type HtmlVariant, marked, renderCitation, renderInlines, renderPart } from '../renderHtml';
import { PAGED_DRIVER } from './pagedDriver';
import { pagedScript, scriptHash } from './pagedScript';
import { pagedStyles, SCREEN_STYLES } from './pagedStyles';

/** Parts before the body: numbered i, ii, iii. */
const FRONT_MATTER: readonly PartId[] = ['cover', 'contents', 'authorities'];

/**
 * A layout as a self-paginating HTML document: footnotes float to the foot of their page, the contents and the Index
 * of Authorities get page numbers. Its only scripts are Paged.js and the driver, allowed by hash in its CSP.
 */
export function renderPagedHtml(layout: DocumentLayout): string {
  const threshold = layout.passimThreshold;
  const paged = pagedScript();
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptHash(paged)} ${scriptHash(PAGED_DRIVER)}`;
  const split = layout.title.lastIndexOf(': ');
  const [left, right] = split < 0 ? [layout.title, ''] : [layout.title.slice(0, split), layout.title.slice(split + 2)];
  const variant = pagedVariant(layout);
  let bodyStarted = false;
  const parts = layout.parts.map((part, index) => {
    const front = FRONT_MATTER.includes(part.id);
    const marker = front ? 'front' : bodyStarted ? '' : 'body-start';
    if (!front) bodyStarted = true;
    return renderPart(layout, part, index, variant, marker);
  });
  const head = element('head', {}, [
    element('meta', { charset: 'utf-8' }),
    element('meta', { 'http-equiv': 'Content-Security-Policy', content: policy }),
    element('meta', { name: 'generator', content: 'Casewright' }),
    element('title', {}, [text(layout.title)]),
    { html: `<style data-pagedjs-ignore>${SCREEN_STYLES}</style>` },
    { html: `<style id="casewright-print" data-pagedjs-ignore>${pagedStyles(left, right)}</style>` },
  ]);
  const body = element('body', { class: `layout-${layout.layout}` }, [
    element('template', { id: 'casewright-content' }, parts),
    { html: `<script>${paged}</script><script>${PAGED_DRIVER}</script>` },
  ]);
  return `<!DOCTYPE html>\n${element('html', { lang: layout.language, 'data-passim': String(threshold) }, [head, body]).html}\n`;
}

function pagedVariant(layout: DocumentLayout): HtmlVariant {
  const notes = new Map(layout.footnotes.map((footnote) => [footnote.number, footnote]));
  return {
    footnote: (number) =>
      element('span', { class: 'footnote', 'data-number': String(number) }, [
        marked(fragment(renderCitation(notes.get(number)?.runs ?? [])), notes.get(number)?.change),
      ]),
    contents: (current) => {
      const entries = contentsEntries(current, Number.POSITIVE_INFINITY).map((entry) =>
        element('li', { class: `level-${entry.level}` }, [
          element('a', { href: `#${entry.anchor}`, 'data-toc': entry.anchor }, [
            element(
              'span',
              { class: 'entry' },
              renderInlines(withoutNotes(entry.content), () => fragment([])),
            ),
            element('span', { class: 'leader' }),
            element('span', { class: 'page' }),
          ]),
        ]),
      );
      return element('nav', { class: 'contents', 'aria-label': 'Table of Contents' }, [element('ul', {}, entries)]);
    },
    authorities: (current) => {
      if (current.authorities.length === 0) return element('p', {}, [text('No authorities are cited.')]);
      return fragment(
        current.authorities.flatMap((group) => [
          element('p', { class: 'toa-heading' }, [text(group.title)]),
          element(
            'ul',
            { class: 'toa' },
            group.entries.map((entry) =>
              element('li', { 'data-notes': entry.footnotes.join(' ') }, [
                element('span', { class: 'entry' }, renderCitation(entry.runs)),
                element('span', { class: 'leader' }),
                element('span', { class: 'pages' }),
              ]),
            ),
          ),
        ]),
      );
    },
  };
}

function withoutNotes(content: readonly LayoutInline[]): LayoutInline[] {
  return content.filter((inline) => inline.type !== 'footnote');
}
