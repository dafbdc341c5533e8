/** Whether the platform's command key is ⌘ (macOS) rather than Ctrl. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether a key event matches a shortcut such as `Mod+Shift+Z`, `Alt+ArrowUp`, `F2` or `Tab`. */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  if (!wants.has('Mod') && (isMac ? event.ctrlKey : event.metaKey)) return false;
  return event.key.length === 1 ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

/** A shortcut as the platform writes it: `Ctrl+Shift+Z` or `⌘⇧Z`. */
export function displayShortcut(shortcut: string): string {
  const names: Record<string, string> = isMac
    ? { Mod: '⌘', Shift: '⇧', Alt: '⌥', ArrowUp: '↑', ArrowDown: '↓', Enter: '↩', Delete: '⌫' }
    : { Mod: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓' };
  return shortcut
    .split('+')
    .map((part) => names[part] ?? part)
    .join(isMac ? '' : '+');
}

/** Whether the focus is in a place where typing edits text (so global shortcuts leave Ctrl+Z to it). */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
