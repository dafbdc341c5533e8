import { useEffect, useMemo, useRef, useState } from 'react';
import { COMMANDS, type CommandContext, isEnabled, isOffered } from '../commands/commands';
import { displayShortcut } from '../commands/shortcut';

/** Every action with its shortcut, filtered as you type; Enter runs the highlighted one. */
export function CommandPalette({ context, onClose }: { context: CommandContext; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return COMMANDS.filter(
      (command) => isOffered(command, context) && words.every((word) => command.label.toLowerCase().includes(word)),
    );
  }, [query, context]);
  useEffect(() => input.current?.focus(), []);

  const run = (index: number) => {
    const command = shown[index];
    if (!command || !isEnabled(command, context)) return;
    onClose();
    void command.run(context);
  };

  return (
    <div className="overlay" onMouseDown={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        className="palette"
        onMouseDown={(event) => event.stopPropagation()}
      >
        <input
          ref={input}
          aria-label="Command"
          placeholder="Type a command"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((active + 1) % Math.max(1, shown.length));
            else if (event.key === 'ArrowUp') setActive((active - 1 + shown.length) % Math.max(1, shown.length));
            else if (event.key === 'Enter') run(active);
            else if (event.key === 'Escape') onClose();
            else return;
            event.preventDefault();
          }}
        />
        <div role="listbox" aria-label="Commands" className="palette-list">
          {shown.map((command, index) => {
            const enabled = isEnabled(command, context);
            return (
              <div
                key={command.id}
                role="option"
                aria-selected={index === active}
                aria-disabled={!enabled}
                className={`palette-option${index === active ? ' active' : ''}${enabled ? '' : ' disabled'}`}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => {
                  event.preventDefault();
                  run(index);
                }}
              >
                <span>{command.label}</span>
                {command.shortcut && <kbd>{displayShortcut(command.shortcut)}</kbd>}
              </div>
            );
          })}
          {shown.length === 0 && <p className="panel-empty">No command matches.</p>}
        </div>
      </div>
    </div>
  );
}
