/**
 * The script that paginates a paged memorial in the browser that prints it (Chromium in the CLI, Electron in the
 * app), so both print the same pages, in one pass over the body. Paged.js lays out the body first (its numbering
 * starts at 1 on its first page, so the front matter cannot move it), which gives the page on which each heading stands
 * and each footnote is called; those pages are written into the contents and the Index of Authorities ("passim" from
 * the case's threshold, on <html data-passim>) before the short front matter is laid out and set before the body; the
 * contents' entries for the front matter itself get their roman numbers in place (their width is reserved, so the
 * lines do not move). It ends with <html data-paged="pages"> or <html data-paged-error="why">.
 * In a frame it posts the page count to the parent, and on a click the id of the node written there: the node of a
 * paragraph or list that carries one (data-node), else of the heading above the click in the same part.
 * Kept as plain text so its hash can stand in the document's Content-Security-Policy.
 */
export const PAGED_DRIVER = `(async () => {
  const root = document.documentElement;
  const roman = (value) => {
    const digits = [[1000,'m'],[900,'cm'],[500,'d'],[400,'cd'],[100,'c'],[90,'xc'],[50,'l'],[40,'xl'],[10,'x'],[9,'ix'],[5,'v'],[4,'iv'],[1,'i']];
    let out = '';
    for (const [size, letters] of digits) while (value >= size) { out += letters; value -= size; }
    return out;
  };
  const layOut = async (content, styles, into) => {
    const target = document.createElement('div');
    target.className = 'casewright-part-pages';
    into.appendChild(target);
    await new PagedModule.Previewer().preview(content, [{ [location.href]: styles }], target);
    return [...target.querySelectorAll('.pagedjs_page')];
  };
  const onPage = (pages, label) => (element) => label(pages.indexOf(element.closest('.pagedjs_page')));
  const only = (content, front) => {
    const copy = content.cloneNode(true);
    for (const part of copy.querySelectorAll('section.part')) if (part.classList.contains('front') !== front) part.remove();
    const first = copy.querySelector('section.part');
    if (first) first.classList.remove('page-break');
    return copy;
  };
  try {
    const styles = document.getElementById('casewright-print').textContent;
    const source = document.getElementById('casewright-content').content;
    const threshold = Number(root.dataset.passim) || 5;
    const container = document.createElement('div');
    container.className = 'casewright-pages';
    document.body.appendChild(container);
    const front = only(source, true);
    const bodyPages = await layOut(only(source, false), styles, container);
    const bodyPage = onPage(bodyPages, (index) => String(index + 1));
    const calls = new Map();
    for (const call of container.querySelectorAll('[data-footnote-call]')) calls.set(call.dataset.footnoteCall, call);
    const calledOn = new Map();
    for (const note of container.querySelectorAll('.footnote[data-number]')) {
      const call = calls.get(note.dataset.ref);
      if (call && !calledOn.has(note.dataset.number)) calledOn.set(note.dataset.number, bodyPage(call));
    }
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
      const heading = container.querySelector('#' + CSS.escape(link.dataset.toc));
      if (heading) link.querySelector('.page').textContent = bodyPage(heading);
      else inFront.push(link.dataset.toc);
    }
    const frontPages = front.querySelector('section.part') ? await layOut(front, styles, container) : [];
    if (frontPages.length > 0) container.prepend(container.lastElementChild);
    const frontPage = onPage(frontPages, (index) => roman(index + 1));
    for (const page of frontPages) page.style.setProperty('--casewright-page', JSON.stringify(frontPage(page)));
    for (const page of bodyPages) page.style.setProperty('--casewright-page', JSON.stringify(bodyPage(page)));
    for (const anchor of inFront) {
      const heading = container.querySelector('.casewright-part-pages:first-child #' + CSS.escape(anchor));
      const link = container.querySelector('a[data-toc="' + CSS.escape(anchor) + '"] .page');
      if (heading && link) link.textContent = frontPage(heading);
    }
    const count = container.querySelectorAll('.pagedjs_page').length;
    root.dataset.paged = String(count);
    if (window.parent !== window) {
      window.parent.postMessage({ casewrightPages: count }, '*');
      const headings = [...container.querySelectorAll('[id^="node-"]')];
      const partOf = (element) => {
        const section = element.closest('section');
        return section ? section.id || section.dataset.id || '' : '';
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
})();
`;
