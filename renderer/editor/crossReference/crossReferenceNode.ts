import { mergeAttributes, Node } from '@tiptap/core';

export interface CrossReferenceOptions {
  /**
   * Called when the user follows a cross-reference.
   * @default does nothing
   */
  open: (nodeId: number) => void;
  /**
   * The current title of a node, so that a renamed node reads right.
   * @default undefined (the label saved with the reference)
   */
  title: (nodeId: number) => string | undefined;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    crossReference: {
      /** Inserts an inline reference to another node of the case. */
      insertCrossReference: (nodeId: number, label: string) => ReturnType;
    };
  }
}

/** An inline reference to another node; clicking it goes there. */
export const CrossReference = Node.create<CrossReferenceOptions>({
  name: 'crossref',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { open: () => undefined, title: () => undefined };
  },

  addAttributes() {
    return {
      nodeId: { default: 0, parseHTML: (element) => Number(element.getAttribute('data-node-id')) || 0 },
      label: { default: '', parseHTML: (element) => element.textContent ?? '' },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-crossref]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-crossref': '', 'data-node-id': String(node.attrs.nodeId) }),
      node.attrs.label,
    ];
  },

  renderText({ node }) {
    return node.attrs.label;
  },

  addCommands() {
    return {
      insertCrossReference:
        (nodeId, label) =>
        ({ commands }) =>
          Number.isInteger(nodeId) && nodeId > 0
            ? commands.insertContent([
                { type: this.name, attrs: { nodeId, label } },
                { type: 'text', text: ' ' },
              ])
            : false,
    };
  },

  addNodeView() {
    return ({ node: initial }) => {
      let node = initial;
      const link = document.createElement('span');
      link.className = 'crossref-chip';
      link.setAttribute('role', 'link');
      link.contentEditable = 'false';
      const render = () => {
        link.textContent = `→ ${this.options.title(node.attrs.nodeId) ?? node.attrs.label}`;
      };
      link.addEventListener('click', () => this.options.open(node.attrs.nodeId));
      render();
      return {
        dom: link,
        update: (updated) => {
          if (updated.type.name !== this.name) return false;
          node = updated;
          render();
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },
});
