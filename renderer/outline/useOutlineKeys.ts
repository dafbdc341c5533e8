import type { KeyboardEvent } from 'react';
import { type CommandContext, commandForEvent, isEnabled } from '../commands/commands';
import { matchesShortcut } from '../commands/shortcut';
import type { CaseState } from '../state/caseStore';
import type { VisibleRow } from './visibleRows';

/** The outline's keys, as in an outliner: arrows move and fold, the rest are the outline's commands' shortcuts. */
export function useOutlineKeys(state: CaseState, context: CommandContext, rows: VisibleRow[], selectedIndex: number) {
  const { store } = context;
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (state.renaming !== undefined) return;
    const move = (index: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (row) store.select(row.id);
    };
    const current = rows[selectedIndex];
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (plain && event.key === 'ArrowDown') move(selectedIndex + 1);
    else if (plain && event.key === 'ArrowUp') move(selectedIndex - 1);
    else if (plain && event.key === 'Home') move(0);
    else if (plain && event.key === 'End') move(rows.length - 1);
    else if (plain && event.key === 'ArrowRight' && current) {
      if (current.childCount > 0 && state.collapsed.has(current.id)) store.toggle(current.id, true);
      else if (current.childCount > 0) move(selectedIndex + 1);
    } else if (plain && event.key === 'ArrowLeft' && current) {
      if (current.childCount > 0 && !state.collapsed.has(current.id)) store.toggle(current.id, false);
      else if (current.parentId !== null) store.select(current.parentId);
    } else {
      const command = commandForEvent(event.nativeEvent, 'outline', matchesShortcut);
      if (!command || !isEnabled(command, context)) return;
      void command.run(context);
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
