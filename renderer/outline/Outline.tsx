import { useMemo, useRef, useState } from 'react';
import type { CommandContext } from '../commands/commands';
import { collaboratorsByNode } from '../presence/PresenceMarkers';
import type { CaseState } from '../state/caseStore';
import { OutlineRow } from './OutlineRow';
import { useOutlineKeys } from './useOutlineKeys';
import { useRowDrag } from './useRowDrag';
import { ROW_HEIGHT, useClamped, useViewport } from './useViewport';
import { nextVisibleRows, type VisibleRowsMemo } from './visibleRows';

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
  const memo = useRef<VisibleRowsMemo | undefined>(undefined);
  const { visible: rows, indexById } = useMemo(() => {
    memo.current = nextVisibleRows(memo.current, state.rows, state.collapsed, state.sideFilter);
    return memo.current;
  }, [state.rows, state.collapsed, state.sideFilter]);
  const present = useMemo(() => collaboratorsByNode(state.collaborators), [state.collaborators]);
  const selectedIndex = state.selectedId === undefined ? -1 : (indexById.get(state.selectedId) ?? -1);
  const selectedRow = rows[selectedIndex];
  const { first, last, onScroll } = useViewport(treeRef, rows.length, selectedIndex);
  const [treeFocused, setTreeFocused] = useState(false);
  // Whether the selected row's title is cut at two lines, so that the outline shows it whole while it has the focus.
  const selectedTitle = useRef<HTMLSpanElement>(null);
  const drawn = selectedIndex >= first && selectedIndex < last ? selectedRow : undefined;
  const clamped = useClamped(selectedTitle, drawn?.id, drawn?.title ?? '');
  const onKeyDown = useOutlineKeys(state, context, rows, selectedIndex);
  const { drop, handlersFor } = useRowDrag(state, store);

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
      onScroll={(event) => onScroll(event.currentTarget.scrollTop)}
    >
      {rows.length === 0 ? (
        <p className="outline-empty">{emptyMessage(state)}</p>
      ) : (
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((row, offset) => (
            <OutlineRow
              key={row.id}
              row={row}
              index={first + offset}
              store={store}
              selected={row.id === state.selectedId}
              expanded={row.childCount > 0 ? !state.collapsed.has(row.id) : undefined}
              renaming={state.renaming === row.id}
              dropWhere={drop?.id === row.id ? drop.where : undefined}
              present={present.get(row.id)}
              handlersFor={handlersFor}
              titleRef={row.id === state.selectedId ? selectedTitle : undefined}
              treeRef={treeRef}
            />
          ))}
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

function emptyMessage(state: CaseState): string {
  if (state.rows.length === 0 || state.sideFilter === 'both')
    return 'No nodes to show. Press Enter or use “Add node” to start.';
  const side = state.sideFilter === 'applicant' ? 'Applicant' : 'Respondent';
  return `Nothing in this case is the ${side}’s yet. Press Enter to add the ${side}’s first point, or choose Both in the side switch.`;
}
