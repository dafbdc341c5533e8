import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AUTHORITY_KEY_PATTERN } from '../../../app/model/authorityKey';

/** Words quoted from a source, with the citation that names where they are. */
export interface Quotation {
  /** The words, as the source has them; spaces and line breaks become single spaces. */
  text: string;
  key: string;
  pinpoint: string;
  /** When given: the words become the quotation of this citation of the body (in reading order), written just before it. */
  citationIndex?: number;
}

/** The longest quotation the command writes. */
const MAX_QUOTATION = 5000;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quotation: {
      /**
       * Writes a quotation: in curly quotes just before a citation of the body (`citationIndex`), or with a new
       * citation of `key` at `pinpoint` where the cursor was (at the end of the body, if it never was in it).
       */
      insertQuotation: (quotation: Quotation) => ReturnType;
    };
  }
  interface Storage {
    quotation: {
      /** Whether the cursor has been put in this body since it was shown: a quotation then goes where it was. */
      placed: boolean;
    };
  }
}

/** The position of the body's citation at `index` (reading order), if it has that many. */
export function citationPosition(doc: ProseMirrorNode, index: number): number | undefined {
  let seen = 0;
  let found: number | undefined;
  doc.descendants((node, position) => {
    if (found !== undefined) return false;
    if (node.type.name === 'citation') {
      if (seen === index) found = position;
      seen++;
    }
    return true;
  });
  return found;
}

/** Quotations from a source, written into the body with their citation. */
export const QuotationCommands = Extension.create({
  name: 'quotation',

  addStorage() {
    return { placed: false };
  },

  onFocus() {
    this.storage.placed = true;
  },

  addCommands() {
    return {
      insertQuotation:
        (quotation) =>
        ({ editor, chain }) => {
          const text = quotation.text.replace(/\s+/g, ' ').trim();
          if (text === '' || text.length > MAX_QUOTATION || !AUTHORITY_KEY_PATTERN.test(quotation.key)) return false;
          const quoted = { type: 'text', text: `“${text}” ` };
          if (quotation.citationIndex !== undefined) {
            const position = citationPosition(editor.state.doc, quotation.citationIndex);
            if (position === undefined) return false;
            return chain().insertContentAt(position, quoted).run();
          }
          const citation = { type: 'citation', attrs: { key: quotation.key, pinpoint: quotation.pinpoint.trim() } };
          return chain()
            .focus(this.storage.placed ? undefined : 'end')
            .command(({ tr }) => {
              const before = tr.doc.textBetween(Math.max(0, tr.selection.from - 1), tr.selection.from, ' ', 'x');
              if (before !== '' && !/\s/.test(before)) tr.insertText(' ');
              return true;
            })
            .insertContent([quoted, citation, { type: 'text', text: ' ' }])
            .run();
        },
    };
  },
});
