import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A collaborator's selection in this body, in ProseMirror positions of their copy of it. */
export interface CollaboratorCaret {
  clientId: number;
  name: string;
  colour: string;
  anchor: number;
  head: number;
}

/** Draws a caret: the widget of a decoration (called only by the editor's view). */
export type CaretWidget = (caret: CollaboratorCaret) => Parameters<typeof Decoration.widget>[1];

export const collaboratorCaretsKey = new PluginKey<DecorationSet>('collaboratorCarets');

/**
 * The nearest place for a caret to `position` in `doc`: positions from a collaborator's copy may lie past the end
 * of this one (it has not had their typing yet) or between blocks.
 */
function caretPosition(doc: ProseMirrorNode, position: number): number {
  const clamped = Math.max(0, Math.min(position, doc.content.size));
  return Selection.near(doc.resolve(clamped)).head;
}

/** The decorations of `carets` in `doc`: each a caret at its head, and a tint over its selection when it has one. */
export function caretDecorations(
  doc: ProseMirrorNode,
  carets: readonly CollaboratorCaret[],
  caretWidget: CaretWidget,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const caret of carets) {
    const head = caretPosition(doc, caret.head);
    const anchor = caretPosition(doc, caret.anchor);
    if (anchor !== head) {
      decorations.push(
        Decoration.inline(Math.min(anchor, head), Math.max(anchor, head), {
          class: 'collaborator-selection',
          style: `background-color: color-mix(in srgb, ${caret.colour} 22%, transparent)`,
        }),
      );
    }
    decorations.push(
      Decoration.widget(head, caretWidget(caret), {
        key: `caret-${caret.clientId}-${caret.name}-${caret.colour}`,
        side: 1,
        ignoreSelection: true,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** The plugin that holds the carets: set by a transaction's meta, and otherwise mapped through each edit. */
export function collaboratorCaretsPlugin(caretWidget: CaretWidget): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: collaboratorCaretsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, decorations) {
        const carets = tr.getMeta(collaboratorCaretsKey) as readonly CollaboratorCaret[] | undefined;
        return carets ? caretDecorations(tr.doc, carets, caretWidget) : decorations.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => collaboratorCaretsKey.getState(state),
    },
  });
}
