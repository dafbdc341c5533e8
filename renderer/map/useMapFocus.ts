import { useEffect, useMemo, useState } from 'react';
import type { OutlineRow } from '../../app/api/views';
import { ancestorsOf, focusForSelection, subtreeRows } from './mapTree';

/**
 * Which subtree the map shows: the whole case, or the one under the focused node; when following the outline, the
 * issue of the outline's selection. `onFocusChanged` runs after each change (to fit the new subtree).
 */
export function useMapFocus<T extends OutlineRow>(
  allRows: readonly OutlineRow[],
  shownRows: readonly T[],
  selectedId: number | undefined,
  onFocusChanged: () => void,
) {
  const [focusId, setFocusId] = useState<number | undefined>();
  const [follow, setFollow] = useState(false);

  const focusOn = (id: number | undefined) => {
    if (id === focusId) return;
    setFocusId(id);
    onFocusChanged();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the selection and the toggle, not the callbacks
  useEffect(() => {
    if (follow) focusOn(focusForSelection(allRows, selectedId));
  }, [follow, selectedId]);

  const present = focusId !== undefined && shownRows.some((row) => row.id === focusId);
  const current = present ? focusId : undefined;
  const rows = useMemo(() => subtreeRows(shownRows, current), [shownRows, current]);
  const ancestors = useMemo(() => ancestorsOf(allRows, current), [allRows, current]);
  const focusRow = current === undefined ? undefined : allRows.find((row) => row.id === current);
  return { focusId: current, focusOn, follow, setFollow, rows, ancestors, focusRow };
}
