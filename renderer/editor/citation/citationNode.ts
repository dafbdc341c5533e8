import { mergeAttributes, Node } from '@tiptap/core';

export interface CitationOptions {
  /**
   * The label of an authority key, as the chip shows it (its short title).
   * @default the key itself
   */
  label: (key: string) => string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation of an authority, then opens its pinpoint for editing. */
      insertCitation: (key: string, pinpoint?: string) => ReturnType;
    };
  }
  interface Storage {
    citation: { editNext: boolean };
  }
}

const KEY_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_:.\-/]*$/;

/** An inline citation of an authority with a pinpoint, edited in place by clicking it. */
export const Citation = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { label: (key: string) => key };
  },

  addStorage() {
    return { editNext: false };
  },

  addAttributes() {
    return {
      key: { default: '', parseHTML: (element) => element.getAttribute('data-key') ?? '' },
      pinpoint: { default: '', parseHTML: (element) => element.getAttribute('data-pinpoint') ?? '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-citation]',
        getAttrs: (element) => (KEY_PATTERN.test(element.getAttribute('data-key') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-citation': '',
        'data-key': node.attrs.key,
        'data-pinpoint': node.attrs.pinpoint,
      }),
      `[${node.attrs.key}${node.attrs.pinpoint ? `, ${node.attrs.pinpoint}` : ''}]`,
    ];
  },

  renderText({ node }) {
    return `[@${node.attrs.key}${node.attrs.pinpoint ? `, ${node.attrs.pinpoint}` : ''}]`;
  },

  addCommands() {
    return {
      insertCitation:
        (key, pinpoint = '') =>
        ({ commands }) => {
          if (!KEY_PATTERN.test(key)) return false;
          this.storage.editNext = true;
          return commands.insertContent([
            { type: this.name, attrs: { key, pinpoint } },
            { type: 'text', text: ' ' },
          ]);
        },
    };
  },

  addNodeView() {
    return ({ node: initial, getPos, editor }) => {
      let node = initial;
      let editing = false;
      const chip = document.createElement('span');
      chip.className = 'citation-chip';
      chip.setAttribute('data-citation', '');
      chip.contentEditable = 'false';
      const label = document.createElement('span');
      const input = document.createElement('input');
      input.className = 'pinpoint-input';
      input.placeholder = 'para, art, p…';
      input.maxLength = 200;
      chip.append(label);

      const render = () => {
        const short = this.options.label(node.attrs.key);
        label.textContent = editing ? `${short},` : node.attrs.pinpoint ? `${short}, ${node.attrs.pinpoint}` : short;
        chip.title = `Citation of ${short} (${node.attrs.key}). Click to edit the pinpoint.`;
        input.setAttribute('aria-label', `Pinpoint in ${short}`);
      };
      // Leaving the box saves it; `editing` is cleared first, so the blur that removing the focused box fires
      // does not save (and remove) a second time.
      const commit = (refocus: boolean) => {
        if (!editing) return;
        editing = false;
        const pinpoint = input.value.trim();
        input.remove();
        render();
        const position = typeof getPos === 'function' ? getPos() : undefined;
        if (position === undefined) return;
        if (pinpoint !== node.attrs.pinpoint) {
          editor.view.dispatch(editor.view.state.tr.setNodeMarkup(position, undefined, { ...node.attrs, pinpoint }));
        }
        if (refocus) editor.commands.focus(position + node.nodeSize);
      };
      const edit = () => {
        if (!editor.isEditable || editing) return;
        editing = true;
        input.value = node.attrs.pinpoint;
        render();
        chip.append(input);
        input.focus();
        input.select();
      };
      input.addEventListener('keydown', (event) => {
        event.stopPropagation();
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          if (event.key === 'Escape') input.value = node.attrs.pinpoint;
          commit(true);
        }
      });
      input.addEventListener('blur', () => commit(false));
      chip.addEventListener('click', edit);
      render();
      if (this.storage.editNext) {
        this.storage.editNext = false;
        requestAnimationFrame(edit);
      }
      return {
        dom: chip,
        update: (updated) => {
          if (updated.type.name !== this.name) return false;
          node = updated;
          render();
          return true;
        },
        stopEvent: (event) => event.target === input,
        ignoreMutation: () => true,
      };
    };
  },
});
