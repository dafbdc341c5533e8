import { memo, type RefObject, useSyncExternalStore } from 'react';
import type { Collaborator } from '../../app/collab/presence';
import { TITLE_MAX_LENGTH } from '../../app/model/limits';
import { PresenceMarkers, presenceLabel } from '../presence/PresenceMarkers';
import type { CaseStore } from '../state/caseStore';
import { KindIcon, kindLabel, StatusBadge } from './kindIcons';
import { RenameField } from './RenameField';
import type { DropPlace, RowDragHandlers } from './useRowDrag';
import { ROW_HEIGHT } from './useViewport';
import type { VisibleRow } from './visibleRows';

interface OutlineRowProps {
  row: VisibleRow;
  /** Its place among the visible rows. */
  index: number;
  store: CaseStore;
  selected: boolean;
  expanded: boolean | undefined;
  renaming: boolean;
  /** Where a drop on this row would put the dragged node, while one is dragged over it. */
  dropWhere: DropPlace['where'] | undefined;
  /** The collaborators on this node. */
  present: readonly Collaborator[] | undefined;
  handlersFor: RowDragHandlers;
  /** Given to the selected row's title, which the outline measures. */
  titleRef: RefObject<HTMLSpanElement | null> | undefined;
  treeRef: RefObject<HTMLDivElement | null>;
}

/**
 * One tree item of the outline: its twisty, kind, title (or the field renaming it) and status. Drawn again only when
 * what it shows changed: a title typed draws its one row, not every row in view.
 */
export const OutlineRow = memo(function OutlineRow({
  row,
  index,
  store,
  selected,
  expanded,
  renaming,
  dropWhere,
  present,
  handlersFor,
  titleRef,
  treeRef,
}: OutlineRowProps) {
  const typed = useSyncExternalStore(store.subscribeTyped, () => store.typedTitle(row.id));
  const title = typed ?? row.title;
  const dropClass = dropWhere ? ` drop-${dropWhere}` : '';
  return (
    <div
      id={`node-${row.id}`}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-setsize={-1}
      aria-label={`${kindLabel(row.kind)}: ${title || 'untitled'}${presenceLabel(present)}`}
      className={`outline-row side-${row.effectiveSide}${row.otherSide ? ' other-side' : ''}${selected ? ' selected' : ''}${dropClass}`}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT, paddingLeft: 8 + row.depth * 18 }}
      {...handlersFor(row)}
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
      {renaming ? (
        <RenameField
          title={title}
          onTooLong={(lost) =>
            store.say(
              `A title holds at most ${TITLE_MAX_LENGTH.toLocaleString('en-GB')} characters: the last ${lost.toLocaleString('en-GB')} were not kept. Put longer text in the body, where nothing is cut.`,
              'error',
            )
          }
          onDone={(renamed) => {
            store.set({ renaming: undefined });
            treeRef.current?.focus();
            if (renamed !== undefined && renamed !== row.title)
              void store.run(() => store.api['nodes-update']({ id: row.id, title: renamed }));
          }}
        />
      ) : (
        <span ref={titleRef} className={`row-title${title ? '' : ' untitled'}`} title={title || undefined}>
          {title || `Untitled ${row.kind}`}
        </span>
      )}
      <PresenceMarkers present={present} />
      <StatusBadge status={row.status} nodeId={row.id} />
    </div>
  );
});
