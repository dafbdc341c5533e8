/**
 * The script that paginates a paged memorial in the browser that prints it (Chromium in the CLI, Electron in the
 * app), so both print the same pages. Paged.js lays out the body once to learn the page on which each footnote is
 * called (the body's numbering starts at 1 on its first page, so the front matter cannot move it), writes those pages
 * into the Index of Authorities ("passim" from the case's threshold, on <html data-passim>), lays out the whole document,
 * then writes the contents' page numbers. It ends with <html data-paged="pages"> or <html data-paged-error="why">.
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
  const layOut = async (content, styles) => {
    const before = new Set(document.head.children);
    const target = document.createElement('div');
    target.className = 'casewright-pages';
    document.body.appendChild(target);
    await new PagedModule.Previewer().preview(content, [{ [location.href]: styles }], target);
    const added = [...document.head.children].filter((child) => !before.has(child));
    return { target, added };
  };
  const pageLabels = (target) => {
    const pages = [...target.querySelectorAll('.pagedjs_page')];
    const start = target.querySelector('.body-start');
    const first = start ? pages.indexOf(start.closest('.pagedjs_page')) : 0;
    return (element) => {
      const index = pages.indexOf(element.closest('.pagedjs_page') || element);
      return index < first ? roman(index + 1) : String(index - first + 1);
    };
  };
  try {
    const styles = document.getElementById('casewright-print').textContent;
    const source = document.getElementById('casewright-content').content;
    const threshold = Number(root.dataset.passim) || 5;
    const index = source.querySelectorAll('[data-notes]');
    if (index.length > 0) {
      const body = source.cloneNode(true);
      for (const part of body.querySelectorAll('.front')) part.remove();
      const first = await layOut(body, styles);
      const label = pageLabels(first.target);
      const calledOn = new Map();
      for (const note of first.target.querySelectorAll('.footnote[data-number]')) {
        const call = first.target.querySelector('[data-footnote-call="' + note.dataset.ref + '"]');
        if (call && !calledOn.has(note.dataset.number)) calledOn.set(note.dataset.number, label(call));
      }
      first.target.remove();
      for (const style of first.added) style.remove();
      for (const entry of index) {
        const pages = [];
        for (const note of entry.dataset.notes.split(' ')) {
          const page = calledOn.get(note);
          if (page !== undefined && !pages.includes(page)) pages.push(page);
        }
        entry.querySelector('.pages').textContent = pages.length >= threshold ? 'passim' : pages.join(', ');
      }
    }
    const final = await layOut(source.cloneNode(true), styles);
    const label = pageLabels(final.target);
    for (const page of final.target.querySelectorAll('.pagedjs_page'))
      page.style.setProperty('--casewright-page', JSON.stringify(label(page)));
    for (const link of final.target.querySelectorAll('a[data-toc]')) {
      const heading = final.target.querySelector('#' + CSS.escape(link.dataset.toc));
      if (heading) link.querySelector('.page').textContent = label(heading);
    }
    const count = final.target.querySelectorAll('.pagedjs_page').length;
    root.dataset.paged = String(count);
    if (window.parent !== window) {
      window.parent.postMessage({ casewrightPages: count }, '*');
      const headings = [...final.target.querySelectorAll('[id^="node-"]')];
      const partOf = (element) => {
        const section = element.closest('section');
        return section ? section.id || section.dataset.id || '' : '';
      };
      final.target.addEventListener('click', (event) => {
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
