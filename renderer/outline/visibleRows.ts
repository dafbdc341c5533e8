import type { OutlineRow } from '../../app/api/views';
import type { CaseSide, Side } from '../../app/model/types';

export interface VisibleRow extends OutlineRow {
  effectiveSide: Side;
}

/**
 * The rows the outline shows: those under no collapsed node and, when one side is chosen, not of
 * the other side. A node without a side takes its parent's; counters and responses take the opposite.
 */
export function visibleRows(rows: readonly OutlineRow[], collapsed: ReadonlySet<number>, side: CaseSide): VisibleRow[] {
  const sides = new Map<number, Side>();
  const out: VisibleRow[] = [];
  let hiddenBelowDepth = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const parentSide = row.parentId === null ? undefined : sides.get(row.parentId);
    const inherited =
      row.kind === 'counter' || row.kind === 'response'
        ? parentSide === 'applicant'
          ? 'respondent'
          : parentSide === 'respondent'
            ? 'applicant'
            : 'respondent'
        : (parentSide ?? 'applicant');
    const effectiveSide = row.side ?? inherited;
    sides.set(row.id, effectiveSide);
    if (row.depth > hiddenBelowDepth) continue;
    hiddenBelowDepth = Number.POSITIVE_INFINITY;
    if (side !== 'both' && effectiveSide !== side) {
      hiddenBelowDepth = row.depth;
      continue;
    }
    out.push({ ...row, effectiveSide });
    if (collapsed.has(row.id) && row.childCount > 0) hiddenBelowDepth = row.depth;
  }
  return out;
}
