import { type DragEvent, type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { TITLE_MAX_LENGTH } from '../../app/model/limits';
import { type CommandContext, commandForEvent, kindChange } from '../commands/commands';
import { matchesShortcut } from '../commands/shortcut';
import { splitTitle } from '../editor/splitTitle';
import type { CaseState } from '../state/caseStore';
import { KindIcon, kindLabel, StatusBadge } from './kindIcons';
import { type VisibleRow, visibleRows } from './visibleRows';

/** Two lines of a title: a proposition is seldom short, and the outline shows it whole or nearly. */
const ROW_HEIGHT = 46;
// Rows drawn beyond the visible ones on each side (about 1,500 px), so that scrolling a little never shows a gap.
const OVERSCAN = 32;

type DropPlace = { id: number; where: 'before' | 'inside' | 'after' };

/** The outline: every node as an ARIA tree item, virtualised, driven from the keyboard like an outliner. */
export function Outline({
  state,
  context,
  treeRef,
}: {
  state: CaseState;
  context: CommandContext;
  treeRef: React.RefObject<HTMLDivElement | null>;
}) {
  const { store } = context;
  const rows = useMemo(
    () => visibleRows(state.rows, state.collapsed, state.sideFilter),
    [state.rows, state.collapsed, state.sideFilter],
  );
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [drop, setDrop] = useState<DropPlace | undefined>();
  const [treeFocused, setTreeFocused] = useState(false);
  const [clamped, setClamped] = useState(false);
  const selectedTitle = useRef<HTMLSpanElement>(null);
  const dragged = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const element = treeRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, [treeRef]);

  const selectedIndex = rows.findIndex((row) => row.id === state.selectedId);
  useEffect(() => {
    const element = treeRef.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  }, [selectedIndex, treeRef]);

  // Whether the selected row's title is cut at two lines, so that the outline shows it whole while it has the focus.
  const selectedRow = rows[selectedIndex];
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again when the selected title or the pane changes
  useLayoutEffect(() => {
    const element = selectedTitle.current;
    setClamped(element !== null && element.scrollHeight > element.clientHeight + 1);
  }, [state.selectedId, selectedRow?.title, selectedRow?.depth, height]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
      if (!command || (command.enabled && !command.enabled(context))) return;
      void command.run(context);
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const placeFor = (event: DragEvent, row: VisibleRow): DropPlace => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const offset = (event.clientY - box.top) / box.height;
    return { id: row.id, where: offset < 0.25 ? 'before' : offset > 0.75 ? 'after' : 'inside' };
  };

  const onDrop = (place: DropPlace) => {
    const id = dragged.current;
    dragged.current = undefined;
    setDrop(undefined);
    const moving = state.rows.find((row) => row.id === id);
    const target = state.rows.find((row) => row.id === place.id);
    if (!moving || !target || moving.id === target.id) return;
    const parentId = place.where === 'inside' ? target.id : target.parentId;
    let index =
      place.where === 'inside' ? Number.MAX_SAFE_INTEGER : target.position + (place.where === 'after' ? 1 : 0);
    if (place.where !== 'inside' && moving.parentId === target.parentId && moving.position < target.position)
      index -= 1;
    void store
      .run(() => store.api['nodes-move']({ id: moving.id, parentId, index }))
      .then((moved) => {
        if (moved && moved.kind !== moving.kind) store.say(kindChange(moving.kind, moved.kind));
      });
  };

  return (
    <div
      ref={treeRef}
      className="outline"
      role="tree"
      aria-label="Outline"
      tabIndex={0}
      aria-activedescendant={state.selectedId === undefined ? undefined : `node-${state.selectedId}`}
      aria-describedby={treeFocused && clamped ? 'outline-full-title' : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => event.target === event.currentTarget && setTreeFocused(true)}
      onBlur={(event) => event.target === event.currentTarget && setTreeFocused(false)}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {rows.length === 0 ? (
        <p className="outline-empty">{emptyMessage(state)}</p>
      ) : (
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((row, offset) => {
            const index = first + offset;
            const expanded = row.childCount > 0 ? !state.collapsed.has(row.id) : undefined;
            const dropClass = drop?.id === row.id ? ` drop-${drop.where}` : '';
            return (
              <div
                key={row.id}
                id={`node-${row.id}`}
                role="treeitem"
                aria-level={row.depth + 1}
                aria-expanded={expanded}
                aria-selected={row.id === state.selectedId}
                aria-setsize={-1}
                aria-label={`${kindLabel(row.kind)}: ${row.title || 'untitled'}`}
                className={`outline-row side-${row.effectiveSide}${row.otherSide ? ' other-side' : ''}${row.id === state.selectedId ? ' selected' : ''}${dropClass}`}
                style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT, paddingLeft: 8 + row.depth * 18 }}
                draggable
                onDragStart={(event) => {
                  dragged.current = row.id;
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', String(row.id));
                }}
                onDragOver={(event) => {
                  if (dragged.current === undefined) return;
                  event.preventDefault();
                  setDrop(placeFor(event, row));
                }}
                onDragLeave={() => setDrop(undefined)}
                onDrop={(event) => {
                  event.preventDefault();
                  onDrop(placeFor(event, row));
                }}
                onMouseDown={() => store.select(row.id)}
              >
                <button
                  type="button"
                  className="twisty"
                  tabIndex={-1}
                  aria-hidden="true"
                  style={{ visibility: row.childCount > 0 ? 'visible' : 'hidden' }}
                  onClick={() => store.toggle(row.id)}
                >
                  {expanded ? '▾' : '▸'}
                </button>
                <KindIcon kind={row.kind} />
                {state.renaming === row.id ? (
                  <RenameField
                    title={row.title}
                    onTooLong={(lost) =>
                      store.say(
                        `A title holds at most ${TITLE_MAX_LENGTH.toLocaleString('en-GB')} characters: the last ${lost.toLocaleString('en-GB')} were not kept. Put longer text in the body, where nothing is cut.`,
                        'error',
                      )
                    }
                    onDone={(title) => {
                      store.set({ renaming: undefined });
                      treeRef.current?.focus();
                      if (title !== undefined && title !== row.title)
                        void store.run(() => store.api['nodes-update']({ id: row.id, title }));
                    }}
                  />
                ) : (
                  <span
                    ref={row.id === state.selectedId ? selectedTitle : undefined}
                    className={`row-title${row.title ? '' : ' untitled'}`}
                    title={row.title || undefined}
                  >
                    {row.title || `Untitled ${row.kind}`}
                  </span>
                )}
                <StatusBadge status={row.status} nodeId={row.id} />
              </div>
            );
          })}
          {treeFocused && clamped && selectedRow && state.renaming === undefined && (
            <div
              className="row-full-title"
              role="tooltip"
              id="outline-full-title"
              style={{
                top: (selectedIndex + 1) * ROW_HEIGHT,
                left: 30 + selectedRow.depth * 18,
              }}
            >
              {selectedRow.title}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** The title of a row, edited in place (F2): Enter keeps it, Escape gives it up; a title is cut at its limit. */
function RenameField({
  title,
  onDone,
  onTooLong,
}: {
  title: string;
  onDone: (title: string | undefined) => void;
  onTooLong: (lost: number) => void;
}) {
  const [value, setValue] = useState(title);
  const done = useRef(false);
  const finish = (next: string | undefined) => {
    if (done.current) return;
    done.current = true;
    onDone(next);
  };
  return (
    <input
      className="row-rename"
      aria-label="Rename"
      // biome-ignore lint/a11y/noAutofocus: F2 asks for this field
      autoFocus
      value={value}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => {
        const { title: next, overflow } = splitTitle(event.target.value, TITLE_MAX_LENGTH);
        setValue(next);
        if (overflow !== '') onTooLong(event.target.value.length - next.length);
      }}
      onMouseDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(undefined);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}

function emptyMessage(state: CaseState): string {
  if (state.rows.length === 0 || state.sideFilter === 'both')
    return 'No nodes to show. Press Enter or use “Add node” to start.';
  const side = state.sideFilter === 'applicant' ? 'Applicant' : 'Respondent';
  return `Nothing in this case is the ${side}’s yet. Press Enter to add the ${side}’s first point, or choose Both in the side switch.`;
}
