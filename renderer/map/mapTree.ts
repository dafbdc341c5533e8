import type { OutlineRow } from '../../app/api/views';
import type { MapDirection } from '../../app/model/types';

/** The rows of the subtree under `rootId` (itself first), from rows in outline order; all of them without a root. */
export function subtreeRows<T extends OutlineRow>(rows: readonly T[], rootId: number | undefined): T[] {
  if (rootId === undefined) return rows as T[];
  const start = rows.findIndex((row) => row.id === rootId);
  if (start < 0) return [];
  let end = start + 1;
  while (end < rows.length && rows[end]!.depth > rows[start]!.depth) end++;
  return rows.slice(start, end);
}

/** The nodes above `id`, the top-level one first. */
export function ancestorsOf<T extends OutlineRow>(rows: readonly T[], id: number | undefined): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chain: T[] = [];
  for (let parent = id === undefined ? null : (byId.get(id)?.parentId ?? null); parent !== null; ) {
    const row = byId.get(parent);
    if (!row) break;
    chain.unshift(row);
    parent = row.parentId;
  }
  return chain;
}

/** The subtree a selection belongs to when the map follows the outline: its nearest issue, else its top node. */
export function focusForSelection(rows: readonly OutlineRow[], id: number | undefined): number | undefined {
  if (id === undefined) return undefined;
  const own = rows.find((row) => row.id === id);
  if (!own) return undefined;
  const line = [...ancestorsOf(rows, id), own];
  for (let index = line.length - 1; index >= 0; index--) if (line[index]!.kind === 'issue') return line[index]!.id;
  return line[0]!.id;
}

export type MapStep = 'parent' | 'child' | 'previous' | 'next';

/** What an arrow key does on the map: towards the parent, the first child, or a sibling, as the layout runs. */
export function stepForKey(key: string, direction: MapDirection): MapStep | undefined {
  const down = direction === 'down';
  switch (key) {
    case 'ArrowUp':
      return down ? 'parent' : 'previous';
    case 'ArrowDown':
      return down ? 'child' : 'next';
    case 'ArrowLeft':
      return down ? 'previous' : 'parent';
    case 'ArrowRight':
      return down ? 'next' : 'child';
    default:
      return undefined;
  }
}

/** The node a step leads to among the nodes the map shows (in outline order); undefined when there is none. */
export function stepFrom(
  rows: readonly { id: number; parentId: number | null }[],
  id: number,
  step: MapStep,
): number | undefined {
  const shown = new Set(rows.map((row) => row.id));
  const own = rows.find((row) => row.id === id);
  if (!own) return rows[0]?.id;
  const parentId = own.parentId !== null && shown.has(own.parentId) ? own.parentId : null;
  if (step === 'parent') return parentId ?? undefined;
  if (step === 'child') return rows.find((row) => row.parentId === id)?.id;
  const siblings = rows.filter((row) =>
    parentId === null ? row.parentId === null || !shown.has(row.parentId) : row.parentId === parentId,
  );
  const index = siblings.findIndex((row) => row.id === id);
  return siblings[index + (step === 'next' ? 1 : -1)]?.id;
}
