import { PAGE_BREAKS } from './pageBreaks';
import { PAGE_SHEETS } from './pageSheets';

/**
 * The script that paginates a paged memorial in the browser that prints it (Chromium in the CLI, Electron in the
 * app), so both print the same pages. The body is laid out once as a galley (one column at the text's width) with its
 * notes beside it, measured, and broken into pages (pageBreaks.ts), which gives the page on which each heading stands
 * and each footnote is called; those pages are written into the contents and the Index of Authorities ("passim" from
 * the case's threshold, on <html data-passim>) before the front matter is laid out and broken the same way; the
 * contents' entries for the front matter itself get their roman numbers last (their width is reserved). The sheets
 * are then made (pageSheets.ts). It ends with <html data-paged="pages"> or <html data-paged-error="why">.
 * In a frame it posts the page count to the parent, and on a click the id of the node written there: the node of a
 * paragraph or list that carries one (data-node), else of the heading above the click in the same part.
 * Kept as plain text so its hash can stand in the document's Content-Security-Policy.
 */
const DRIVER = `
  const root = document.documentElement;
  const roman = (value) => {
    const digits = [[1000,'m'],[900,'cm'],[500,'d'],[400,'cd'],[100,'c'],[90,'xc'],[50,'l'],[40,'xl'],[10,'x'],[9,'ix'],[5,'v'],[4,'iv'],[1,'i']];
    let out = '';
    for (const [size, letters] of digits) while (value >= size) { out += letters; value -= size; }
    return out;
  };
  const only = (content, front) => {
    const copy = content.cloneNode(true);
    for (const part of copy.querySelectorAll('section.part')) if (part.classList.contains('front') !== front) part.remove();
    const first = copy.querySelector('section.part');
    if (first) first.classList.remove('page-break');
    return copy;
  };
  const galleyOf = (content) => {
    const galley = document.createElement('div');
    galley.className = 'casewright-galley';
    galley.appendChild(content);
    document.body.appendChild(galley);
    return galley;
  };
  const top = (element, text) => element.getBoundingClientRect().top - text.origin;
  try {
    const source = document.getElementById('casewright-content').content;
    const noteSource = new Map([...document.getElementById('casewright-notes').content.children].map((note) => [note.dataset.number, note]));
    const threshold = Number(root.dataset.passim) || 5;
    const heads = [root.dataset.headLeft || '', root.dataset.headRight || ''];
    const front = only(source, true);
    const bodyGalley = galleyOf(only(source, false));
    const notesGalley = galleyOf(document.createDocumentFragment());
    notesGalley.classList.add('casewright-notes');
    for (const call of bodyGalley.querySelectorAll('a.footnote-call')) {
      const note = noteSource.get(call.dataset.note);
      noteSource.delete(call.dataset.note);
      if (note) notesGalley.appendChild(document.importNode(note, true));
    }
    await document.fonts.ready;
    await Promise.all([...document.querySelectorAll('.casewright-galley img')].map((image) => image.decode().catch(() => undefined)));
    const text = measure(bodyGalley);
    const notes = measureNotes(notesGalley);
    const bodyPages = paginate(text, notes);
    const bodyPage = (y) => String(pageOf(bodyPages, y) + 1);
    const calledOn = new Map();
    for (const unit of text.units) for (const call of unit.calls) if (!calledOn.has(call.note)) calledOn.set(call.note, bodyPage(call.y));
    for (const entry of front.querySelectorAll('[data-notes]')) {
      const pages = [];
      for (const note of entry.dataset.notes.split(' ')) {
        const page = calledOn.get(note);
        if (page !== undefined && !pages.includes(page)) pages.push(page);
      }
      entry.querySelector('.pages').textContent = pages.length >= threshold ? 'passim' : pages.join(', ');
    }
    const inFront = [];
    for (const link of front.querySelectorAll('a[data-toc]')) {
      const heading = bodyGalley.querySelector('#' + CSS.escape(link.dataset.toc));
      if (heading) link.querySelector('.page').textContent = bodyPage(top(heading, text));
      else inFront.push(link.dataset.toc);
    }
    const frontGalley = front.querySelector('section.part') ? galleyOf(front) : undefined;
    const frontText = frontGalley ? measure(frontGalley) : undefined;
    const frontPages = frontText ? paginate(frontText, undefined) : [];
    for (const anchor of inFront) {
      const target = frontGalley && frontGalley.querySelector('#' + CSS.escape(anchor));
      if (!target) continue;
      const label = roman(pageOf(frontPages, top(target, frontText)) + 1);
      for (const page of frontGalley.querySelectorAll('a[data-toc="' + CSS.escape(anchor) + '"] .page')) page.textContent = label;
    }
    const container = document.createElement('div');
    container.className = 'casewright-pages';
    for (const [index, page] of frontPages.entries()) {
      const first = frontText.units[page.from];
      const cover = first !== undefined && first.element.closest('.part-cover') !== null;
      container.appendChild(sheet(page, frontText, undefined, roman(index + 1), cover ? undefined : heads));
    }
    for (const [index, page] of bodyPages.entries()) container.appendChild(sheet(page, text, notes, String(index + 1), heads));
    for (const galley of document.querySelectorAll('.casewright-galley')) galley.remove();
    document.body.appendChild(container);
    const count = container.children.length;
    root.dataset.paged = String(count);
    if (window.parent !== window) {
      window.parent.postMessage({ casewrightPages: count }, '*');
      const headings = [...container.querySelectorAll('[id^="node-"]')];
      const partOf = (element) => {
        const section = element.closest('section');
        return section ? section.dataset.part || '' : '';
      };
      container.addEventListener('click', (event) => {
        const clicked = event.target instanceof Element ? event.target : null;
        if (!clicked || clicked.closest('a[href]')) return;
        const owner = clicked.closest('[data-node]');
        if (owner) {
          const id = Number(owner.dataset.node);
          if (Number.isInteger(id) && id > 0) window.parent.postMessage({ casewrightSelect: id }, '*');
          return;
        }
        let found;
        for (const heading of headings) {
          const before = heading === clicked || heading.contains(clicked) ||
            (heading.compareDocumentPosition(clicked) & Node.DOCUMENT_POSITION_FOLLOWING);
          if (!before) break;
          found = heading;
        }
        if (!found || partOf(found) !== partOf(clicked)) return;
        const id = Number(found.id.slice('node-'.length));
        if (Number.isInteger(id) && id > 0) window.parent.postMessage({ casewrightSelect: id }, '*');
      });
    }
  } catch (error) {
    root.dataset.pagedError = String((error && error.message) || error);
  }
`;

export const PAGED_DRIVER = `(async () => {${PAGE_BREAKS}${PAGE_SHEETS}${DRIVER}})();\n`;
