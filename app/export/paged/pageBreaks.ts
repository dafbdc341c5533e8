/**
 * The part of the paged driver that measures a laid-out galley (one column at the width of the page's text) and
 * breaks it into pages: blocks are the units, a paragraph may break between its lines (two lines at least on either
 * side), a heading goes with what follows, and a page holds the notes its text calls (a long note continues on the
 * next page). Each page is a window onto the galley: [start, end) of the text, [noteStart, noteEnd) of the notes.
 * Plain script text, joined into the driver (see pagedDriver.ts).
 */
export const PAGE_BREAKS = `
  const MM = 96 / 25.4;
  const PAGE = { top: 24 * MM, side: 24 * MM, bottom: 22 * MM, height: 297 * MM };
  const AREA = PAGE.height - PAGE.top - PAGE.bottom;
  const NOTES_RULE = 7 * MM + 0.5 * 96 / 72;
  const CONTAINERS = new Set(['SECTION', 'NAV', 'UL', 'OL', 'DIV']);
  const lineBoxes = (element, origin) => {
    const rects = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.height > 0) rects.push({ top: rect.top - origin, bottom: rect.bottom - origin });
    }
    rects.sort((left, right) => left.top - right.top);
    const lines = [];
    for (const rect of rects) {
      const last = lines[lines.length - 1];
      if (last && rect.top < last.bottom - 1) last.bottom = Math.max(last.bottom, rect.bottom);
      else lines.push({ top: rect.top, bottom: rect.bottom });
    }
    return lines;
  };
  const cutsBetween = (lines) => lines.slice(1).map((line, index) => (lines[index].bottom + line.top) / 2);
  const measure = (galley) => {
    const frame = galley.getBoundingClientRect();
    const units = [];
    let pendingBreak;
    const add = (element, owner) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const outer = owner ? owner.getBoundingClientRect() : box;
      const calls = [...element.querySelectorAll('a.footnote-call')].map((call) => {
        const rect = call.getBoundingClientRect();
        return { note: call.dataset.note, y: (rect.top + rect.bottom) / 2 - frame.top };
      });
      units.push({
        element, owner, calls, breakAt: pendingBreak,
        top: box.top - frame.top, bottom: box.bottom - frame.top, left: outer.left - frame.left, width: outer.width,
        whole: style.breakInside === 'avoid' || /^H[1-6]$/.test(element.tagName) || style.display === 'flex',
        keepWithNext: style.breakAfter === 'avoid' || owner !== undefined,
      });
      pendingBreak = undefined;
    };
    const visit = (parent) => {
      for (const element of parent.children) {
        if (element.classList.contains('page-break') && pendingBreak === undefined) pendingBreak = element.getBoundingClientRect().top - frame.top;
        const style = getComputedStyle(element);
        if (CONTAINERS.has(element.tagName) && style.breakInside !== 'avoid' && style.display !== 'flex') visit(element);
        else if (element.tagName === 'LI' && element.firstElementChild && element.firstElementChild.tagName === 'P' && element.querySelector(':scope > ul, :scope > ol')) {
          add(element.firstElementChild, element);
          visit({ children: [...element.children].slice(1) });
        } else add(element);
      }
    };
    visit(galley);
    return { galley, units, origin: frame.top };
  };
  const measureNotes = (galley) => {
    const origin = galley.getBoundingClientRect().top;
    const notes = new Map();
    const cuts = [];
    const units = [];
    for (const element of galley.children) {
      const lines = lineBoxes(element, origin);
      const between = cutsBetween(lines);
      const box = element.getBoundingClientRect();
      const bottom = box.bottom - origin;
      units.push({ element, top: box.top - origin, bottom, left: 0, width: box.width });
      notes.set(element.dataset.number, { bottom, first: between.length > 0 ? between[0] : bottom });
      cuts.push(...between, bottom);
    }
    return { galley, units, notes, cuts };
  };
  const paginate = (text, notes) => {
    const { units } = text;
    const pages = [];
    let start = 0, end = 0, from = 0, noteCursor = 0, assigned = 0, last = 0;
    const noteBottom = (note) => (notes && notes.notes.has(note) ? notes.notes.get(note).bottom : 0);
    const notesHeight = (bottom) => {
      if (bottom <= noteCursor) return 0;
      const carried = Math.max(assigned - noteCursor, 0);
      return NOTES_RULE + (bottom <= assigned ? Math.min(carried, AREA / 2) : bottom - noteCursor);
    };
    const fits = (to, notesTo) => to - start + notesHeight(notesTo) <= AREA + 0.5;
    const close = (to, notesTo, next) => {
      let noteEnd = Math.max(assigned, notesTo);
      const room = AREA + 0.5 - (to - start) - NOTES_RULE;
      if (noteEnd - noteCursor > room) {
        const fitting = notes ? notes.cuts.filter((cut) => cut > noteCursor && cut - noteCursor <= room) : [];
        noteEnd = fitting.length > 0 ? fitting[fitting.length - 1] : noteCursor;
      }
      pages.push({ start, end: to, from, to: next.unit + (next.inside ? 1 : 0), noteStart: noteCursor, noteEnd });
      assigned = Math.max(assigned, notesTo);
      noteCursor = noteEnd;
      last = assigned;
      start = next.at;
      end = next.at;
      from = next.unit;
    };
    const notesAfter = (calls, above, below, bottom) => {
      let result = bottom;
      for (const call of calls) if (call.y > above && call.y < below) result = Math.max(result, noteBottom(call.note));
      return result;
    };
    let index = 0;
    while (index < units.length) {
      const unit = units[index];
      const empty = end <= start && index === from;
      if (unit.breakAt !== undefined && !empty && unit.top >= start) {
        close(end, last, { unit: index, at: unit.breakAt });
        continue;
      }
      if (empty && unit.top >= start && unit.breakAt !== undefined) start = unit.breakAt;
      const withNotes = notesAfter(unit.calls, start, Infinity, last);
      if (fits(unit.bottom, withNotes)) {
        end = unit.bottom;
        last = withNotes;
        index++;
        continue;
      }
      const split = unit.whole && unit.bottom - unit.top <= AREA ? undefined : splitAt(unit, empty);
      if (split) {
        close(split.cut, split.notesTo, { unit: index, at: split.cut, inside: true });
        continue;
      }
      if (empty) {
        end = unit.bottom;
        last = withNotes;
        index++;
        continue;
      }
      let keep = index;
      while (keep - 1 > from && units[keep - 1].keepWithNext && units[keep - 1].top >= start) keep--;
      const previous = units[keep - 1];
      close(keep === index ? end : Math.min(previous.bottom, end), keep === index ? last : lastBefore(keep), { unit: keep, at: units[keep].top });
      index = keep;
    }
    if (end > start || pages.length === 0) close(end, last, { unit: units.length, at: end });
    while (assigned > noteCursor + 0.5) {
      const before = noteCursor;
      close(start, assigned, { unit: units.length, at: start });
      if (noteCursor <= before) break;
    }
    return pages;

    function lastBefore(keep) {
      let result = assigned;
      for (let at = from; at < keep; at++) result = notesAfter(units[at].calls, start, Infinity, result);
      return result;
    }

    function splitAt(unit, empty) {
      const lines = lineBoxes(unit.element, text.origin);
      const cuts = cutsBetween(lines);
      let first = 0;
      while (first < cuts.length && cuts[first] <= start) first++;
      let best;
      let notesTo = last;
      for (let line = first; line < cuts.length; line++) {
        const upTo = notesAfter(unit.calls, line === first ? start : cuts[line - 1], cuts[line], notesTo);
        if (fits(cuts[line], upTo)) {
          best = { line, cut: cuts[line], notesTo: upTo };
          notesTo = upTo;
          continue;
        }
        const opening = notesAfter(unit.calls, line === first ? start : cuts[line - 1], cuts[line], 0);
        if (opening > notesTo && notes) {
          let firstLines = notesTo;
          for (const call of unit.calls)
            if (call.y > (line === first ? start : cuts[line - 1]) && call.y < cuts[line]) firstLines = Math.max(firstLines, notes.notes.has(call.note) ? notes.notes.get(call.note).first : 0);
          if (fits(cuts[line], firstLines)) best = { line, cut: cuts[line], notesTo: upTo, partial: true };
        }
        break;
      }
      if (!best) {
        if (!empty || first >= cuts.length) return undefined;
        best = { line: first, cut: cuts[first], notesTo: notesAfter(unit.calls, start, cuts[first], last) };
      }
      if (cuts.length - best.line < 2) {
        const line = cuts.length - 2;
        if (line >= first) best = { line, cut: cuts[line], notesTo: notesAfter(unit.calls, start, cuts[line], last) };
        else if (!empty) return undefined;
      }
      if (best.line - first + 1 < 2 && !empty) return undefined;
      return best;
    }
  };
  const pageOf = (pages, y) => {
    let found = 0;
    for (let index = 0; index < pages.length; index++) if (pages[index].start <= y + 1) found = index;
    return found;
  };
`;
