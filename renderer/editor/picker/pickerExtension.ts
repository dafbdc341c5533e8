import { Extension, type Range } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';

/** One choice of a picker opened by typing a trigger character in the body. */
export interface PickerItem {
  id: string;
  label: string;
  detail: string;
}

/** What a picker shows while it is open; `undefined` when it is closed. */
export interface PickerView {
  name: string;
  items: PickerItem[];
  active: number;
  rect: DOMRect | null;
  choose: (item: PickerItem) => void;
}

export interface PickerOptions {
  /**
   * The character that opens the picker.
   * @default '@'
   */
  char: string;
  /**
   * The choices for what was typed after the character.
   * @default none
   */
  items: (query: string) => PickerItem[];
  /**
   * Inserts the chosen item in place of the trigger and query.
   * @default does nothing
   */
  insert: (item: PickerItem, range: Range) => void;
  /**
   * Shows or hides the picker (the app renders it).
   * @default does nothing
   */
  onView: (view: PickerView | undefined) => void;
}

/** A picker opened by a character (`@` for citations, `#` for cross-references), navigated with the arrow keys. */
export const Picker = Extension.create<PickerOptions>({
  name: 'picker',

  addOptions() {
    return { char: '@', items: () => [], insert: () => undefined, onView: () => undefined };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    let view: PickerView | undefined;
    let chooseAt: ((item: PickerItem) => void) | undefined;
    const show = (next: PickerView | undefined) => {
      view = next;
      options.onView(next);
    };
    return [
      Suggestion<PickerItem, PickerItem>({
        editor: this.editor,
        pluginKey: new PluginKey(`picker-${this.name}-${options.char}`),
        char: options.char,
        allowSpaces: true,
        items: ({ query }) => options.items(query),
        command: ({ range, props }) => options.insert(props, range),
        render: () => ({
          onStart: (props) => {
            chooseAt = (item) => props.command(item);
            show({
              name: this.name,
              items: props.items,
              active: 0,
              rect: props.clientRect?.() ?? null,
              choose: (item) => chooseAt?.(item),
            });
          },
          onUpdate: (props) => {
            chooseAt = (item) => props.command(item);
            show({
              name: this.name,
              items: props.items,
              active: 0,
              rect: props.clientRect?.() ?? null,
              choose: (item) => chooseAt?.(item),
            });
          },
          onKeyDown: ({ event }) => {
            if (!view || view.items.length === 0) return false;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              const step = event.key === 'ArrowDown' ? 1 : -1;
              show({ ...view, active: (view.active + step + view.items.length) % view.items.length });
              return true;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              const item = view.items[view.active];
              if (item) view.choose(item);
              return true;
            }
            if (event.key === 'Escape') {
              show(undefined);
              return true;
            }
            return false;
          },
          onExit: () => show(undefined),
        }),
      }),
    ];
  },
});
