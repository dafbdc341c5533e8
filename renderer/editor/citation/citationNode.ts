import { InputRule, mergeAttributes, Node } from '@tiptap/core';
import { Fragment, type Node as ProseMirrorNode, type Schema, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { type CitationSyntax, findCitationSyntax, readCitationGroup } from '../../../app/cite/citationSyntax';
import { AUTHORITY_KEY_PATTERN } from '../../../app/model/authorityKey';

export interface CitationOptions {
  /**
   * The label of an authority key, as the chip shows it (its short title).
   * @default the key itself
   */
  label: (key: string) => string;
  /**
   * Whether an authority has the key; a citation of a key that none has is shown missing, with "Add authority…".
   * @default every key is known
   */
  known: (key: string) => boolean;
  /**
   * Opens the form that adds the authority a missing citation needs.
   * @default does nothing
   */
  addAuthority: (key: string) => void;
  /**
   * Opens the source of the citation at `index` (in the body's reading order) beside the editor; when set, a known
   * authority's chip has a button for it.
   * @default undefined: no button
   */
  openSource: ((index: number) => void) | undefined;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation of an authority, then opens its pinpoint for editing. */
      insertCitation: (key: string, pinpoint?: string) => ReturnType;
    };
  }
  interface Storage {
    citation: {
      editNext: boolean;
      /** Redraws every chip on screen (after the authorities changed: a new short title, a key now known). */
      refresh: () => void;
      views: Set<() => void>;
    };
  }
}

/** A bracketed citation group just closed by the `]` typed: `[@key, pinpoint]`, `[@a; @b, p 3]`. */
const CLOSED_GROUP = /(?<!\\)\[@[^[\]]*\]$/;

/** The citation chips of a group, in order. */
function citationNodes(schema: Schema, syntax: Pick<CitationSyntax, 'citations'>): ProseMirrorNode[] {
  return syntax.citations.map((citation) => schema.nodes.citation!.create(citation));
}

/** Pasted content with every citation written in its text turned into citation chips. */
function readPastedCitations(fragment: Fragment, schema: Schema, known: (key: string) => boolean): Fragment {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (node.isText) {
      const text = node.text ?? '';
      let at = 0;
      for (const syntax of findCitationSyntax(text, known)) {
        if (syntax.from > at) nodes.push(schema.text(text.slice(at, syntax.from), node.marks));
        nodes.push(...citationNodes(schema, syntax));
        at = syntax.to;
      }
      if (at === 0) nodes.push(node);
      else if (at < text.length) nodes.push(schema.text(text.slice(at), node.marks));
    } else {
      nodes.push(node.copy(readPastedCitations(node.content, schema, known)));
    }
  });
  return Fragment.fromArray(nodes);
}

/** An inline citation of an authority with a pinpoint, edited in place by clicking it. */
export const Citation = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { label: (key: string) => key, known: () => true, addAuthority: () => undefined, openSource: undefined };
  },

  addStorage() {
    const views = new Set<() => void>();
    return {
      editNext: false,
      views,
      refresh: () => {
        for (const render of views) render();
      },
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: (text) => {
          const group = CLOSED_GROUP.exec(text);
          const citations = group ? readCitationGroup(group[0].slice(1, -1)) : null;
          return group && citations ? { index: group.index, text: group[0], data: { citations } } : null;
        },
        handler: ({ state, range, match }) => {
          const citations = match.data?.citations as CitationSyntax['citations'] | undefined;
          if (!citations) return null;
          state.tr.replaceWith(range.from, range.to, citationNodes(state.schema, { citations }));
        },
      }),
    ];
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('pastedCitations'),
        props: {
          transformPasted: (slice, view) =>
            new Slice(
              readPastedCitations(slice.content, view.state.schema, options.known),
              slice.openStart,
              slice.openEnd,
            ),
        },
      }),
    ];
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
        getAttrs: (element) => (AUTHORITY_KEY_PATTERN.test(element.getAttribute('data-key') ?? '') ? null : false),
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
          if (!AUTHORITY_KEY_PATTERN.test(key)) return false;
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
      const add = document.createElement('button');
      add.type = 'button';
      add.className = 'citation-add';
      add.textContent = 'Add authority…';
      add.addEventListener('click', (event) => {
        event.stopPropagation();
        this.options.addAuthority(node.attrs.key);
      });
      const source = document.createElement('button');
      source.type = 'button';
      source.className = 'citation-source';
      source.addEventListener('click', (event) => {
        event.stopPropagation();
        const position = typeof getPos === 'function' ? getPos() : undefined;
        if (position === undefined) return;
        let index = 0;
        editor.state.doc.nodesBetween(0, position, (inner, at) => {
          if (inner.type.name === this.name && at < position) index++;
        });
        this.options.openSource?.(index);
      });
      const input = document.createElement('input');
      input.className = 'pinpoint-input';
      input.placeholder = 'para, art, p…';
      input.maxLength = 200;
      chip.append(label);

      const render = () => {
        const key = node.attrs.key;
        const short = this.options.label(key);
        const missing = !this.options.known(key);
        label.textContent = editing ? `${short},` : node.attrs.pinpoint ? `${short}, ${node.attrs.pinpoint}` : short;
        chip.classList.toggle('missing', missing);
        chip.title = missing
          ? `No authority has the key “${key}”: add it, or correct the key. Click to edit the pinpoint.`
          : `Citation of ${short} (${key}). Click to edit the pinpoint.`;
        input.setAttribute('aria-label', `Pinpoint in ${short}`);
        add.setAttribute('aria-label', `Add authority “${key}”…`);
        if (missing && !editing) chip.append(add);
        else add.remove();
        const where = node.attrs.pinpoint ? ` at ${node.attrs.pinpoint}` : '';
        source.setAttribute('aria-label', `Open the source of ${short}${where}`);
        source.title = `Open the source of ${short}${where} beside the editor`;
        if (this.options.openSource && !missing && !editing) label.after(source);
        else source.remove();
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
      this.storage.views.add(render);
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
        stopEvent: (event) => event.target === input || event.target === add || event.target === source,
        ignoreMutation: () => true,
        destroy: () => this.storage.views.delete(render),
      };
    };
  },
});
