import type { OutlineRow } from '../../app/api/views';
import type { CaseSide, NodeKind, Side } from '../../app/model/types';

/** What a new node needs to be seen in one side's view: that side, when it would not inherit it, and its kind. */
export interface NewNodePlace {
  kind: NodeKind;
  side?: Side;
}

const opposite = (side: Side): Side => (side === 'applicant' ? 'respondent' : 'applicant');

/** A row's side: its own, else its parent's (the opposite for counters and responses), the applicant's at the top. */
export function effectiveSideOf(rows: readonly OutlineRow[], id: number | null): Side | undefined {
  if (id === null) return undefined;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chain: OutlineRow[] = [];
  for (let row = byId.get(id); row !== undefined; row = row.parentId === null ? undefined : byId.get(row.parentId)) {
    chain.push(row);
  }
  let side: Side | undefined;
  for (const row of chain.reverse()) side = row.side ?? inheritedSide(row.kind, side);
  return side;
}

function inheritedSide(kind: NodeKind, parentSide: Side | undefined): Side {
  if (parentSide === undefined) return 'applicant';
  return kind === 'counter' || kind === 'response' ? opposite(parentSide) : parentSide;
}

/**
 * The kind and side of a node added under `parentId` while the outline shows `view`: under the other side's point
 * (when no kind was asked for) the node answers it, a counter or, under a counter, a response; and a node that
 * would belong to the other side is given the side of the view, so that it does not vanish from it.
 */
export function nodeForSideView(
  rows: readonly OutlineRow[],
  parentId: number | null,
  kind: NodeKind | undefined,
  fallbackKind: NodeKind,
  view: CaseSide,
): NewNodePlace {
  if (view === 'both') return { kind: kind ?? fallbackKind };
  const parentSide = effectiveSideOf(rows, parentId);
  const parentKind = rows.find((row) => row.id === parentId)?.kind;
  let chosen = kind ?? fallbackKind;
  if (kind === undefined && parentSide !== undefined && parentSide !== view && parentKind !== 'issue') {
    chosen = parentKind === 'counter' ? 'response' : 'counter';
  }
  return inheritedSide(chosen, parentSide) === view ? { kind: chosen } : { kind: chosen, side: view };
}
