import { contentsEntries } from '../contentsEntries';
import type { DocumentLayout, LayoutInline, PartId } from '../documentLayout';
import { element, fragment, type Html, text } from '../htmlElement';
import { type HtmlVariant, marked, renderCitation, renderInlines, renderPart } from '../renderHtml';
import { PAGED_DRIVER } from './pagedDriver';
import { PAGED_STYLES, SCREEN_STYLES } from './pagedStyles';
import { scriptHash } from './scriptHash';

/** Parts before the body: numbered i, ii, iii. */
const FRONT_MATTER: readonly PartId[] = ['cover', 'contents', 'authorities'];

/**
 * A layout as a self-paginating HTML document: footnotes at the foot of the page that calls them, the contents and the
 * Index of Authorities with page numbers. Its only script is the driver, allowed by hash in its CSP.
 */
export function renderPagedHtml(layout: DocumentLayout): string {
  const threshold = layout.passimThreshold;
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptHash(PAGED_DRIVER)}`;
  const split = layout.title.lastIndexOf(': ');
  const [left, right] = split < 0 ? [layout.title, ''] : [layout.title.slice(0, split), layout.title.slice(split + 2)];
  const variant = pagedVariant();
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
    { html: `<style>${SCREEN_STYLES}</style>` },
    { html: `<style>${PAGED_STYLES}</style>` },
  ]);
  const body = element('body', { class: `layout-${layout.layout}` }, [
    element('template', { id: 'casewright-content' }, parts),
    element('template', { id: 'casewright-notes' }, notes(layout)),
    { html: `<script>${PAGED_DRIVER}</script>` },
  ]);
  const root = {
    lang: layout.language,
    'data-passim': String(threshold),
    'data-head-left': left,
    'data-head-right': right,
  };
  return `<!DOCTYPE html>\n${element('html', root, [head, body]).html}\n`;
}

/** Each note as the driver sets it at the foot of the page that calls it: its number, then its text. */
function notes(layout: DocumentLayout): Html[] {
  return layout.footnotes.map((footnote) =>
    element('div', { class: 'footnote', id: `note-${footnote.number}`, 'data-number': String(footnote.number) }, [
      element('span', { class: 'footnote-marker' }, [text(String(footnote.number))]),
      text(' '),
      marked(fragment(renderCitation(footnote.runs)), footnote.change),
    ]),
  );
}

function pagedVariant(): HtmlVariant {
  return {
    footnote: (number) =>
      element('a', { class: 'footnote-call', href: `#note-${number}`, 'data-note': String(number) }, [
        text(String(number)),
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
