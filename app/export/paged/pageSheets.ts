/**
 * The part of the paged driver that makes the printed pages from the page breaks: each sheet has its running heads
 * and number, a window onto the text (the blocks it shows, each placed where the galley laid it out, clipped at the
 * page's end so that a paragraph continues on the next sheet) and a window onto the notes. The blocks keep their
 * ancestors (as boxless copies) so that the stylesheet matches them as it did in the galley.
 * Plain script text, joined into the driver (see pagedDriver.ts).
 */
export const PAGE_SHEETS = `
  const placedOnce = new Set();
  const ordinal = (item) => {
    let count = item.parentElement.start || 1;
    for (let sibling = item.previousElementSibling; sibling; sibling = sibling.previousElementSibling) if (sibling.tagName === 'LI') count++;
    return count;
  };
  const place = (unit, box, into, copies, top) => {
    const { element, owner } = unit;
    const outer = owner || element;
    let parent = into;
    const ancestors = [];
    for (let up = outer.parentElement; up && up !== box; up = up.parentElement) ancestors.unshift(up);
    for (const ancestor of ancestors) {
      let copy = copies.get(ancestor);
      if (!copy) {
        copy = ancestor.cloneNode(false);
        copy.classList.add('casewright-chain');
        if (ancestor.tagName === 'SECTION') copy.dataset.part = ancestor.id;
        if (placedOnce.has(ancestor)) copy.removeAttribute('id');
        placedOnce.add(ancestor);
        parent.appendChild(copy);
        copies.set(ancestor, copy);
      }
      parent = copy;
    }
    const inner = element.cloneNode(true);
    if (placedOnce.has(element)) {
      inner.removeAttribute('id');
      for (const nested of inner.querySelectorAll('[id]')) nested.removeAttribute('id');
    }
    placedOnce.add(element);
    let copy = inner;
    if (owner) {
      copy = owner.cloneNode(false);
      if (placedOnce.has(owner)) copy.removeAttribute('id');
      placedOnce.add(owner);
      inner.style.marginTop = '0';
      copy.appendChild(inner);
    }
    if (outer.tagName === 'LI' && outer.parentElement.tagName === 'OL') copy.value = ordinal(outer);
    copy.style.position = 'absolute';
    copy.style.margin = '0';
    copy.style.boxSizing = 'border-box';
    copy.style.left = unit.left + 'px';
    copy.style.top = top + 'px';
    copy.style.width = unit.width + 'px';
    parent.appendChild(copy);
  };
  const sheet = (page, text, notes, label, heads) => {
    const paper = document.createElement('div');
    paper.className = 'printed-page';
    if (heads) {
      const head = document.createElement('div');
      head.className = 'running-head';
      for (const words of heads) head.appendChild(document.createElement('span')).textContent = words;
      paper.appendChild(head);
      paper.appendChild(document.createElement('div')).className = 'page-number';
      paper.lastChild.textContent = label;
    }
    const body = paper.appendChild(document.createElement('div'));
    body.className = 'page-body';
    body.style.height = Math.max(page.end - page.start, 0) + 'px';
    const copies = new Map();
    for (let index = page.from; index < page.to; index++) {
      const unit = text.units[index];
      if (unit.bottom > page.start && unit.top < page.end) place(unit, text.galley, body, copies, unit.top - page.start);
    }
    if (notes && page.noteEnd > page.noteStart) {
      const area = paper.appendChild(document.createElement('div'));
      area.className = 'page-notes';
      const view = area.appendChild(document.createElement('div'));
      view.className = 'notes-window';
      view.style.height = page.noteEnd - page.noteStart + 'px';
      const noteCopies = new Map();
      for (const unit of notes.units)
        if (unit.bottom > page.noteStart && unit.top < page.noteEnd) place(unit, notes.galley, view, noteCopies, unit.top - page.noteStart);
    }
    return paper;
  };
`;
