import { sameFields } from '../model/nodeFields';
import type { NodeSummary } from '../model/types';

/** Whether two reads of a node agree on everything but its body. */
export function sameSummary(first: NodeSummary, second: NodeSummary): boolean {
  return (
    first.parentId === second.parentId &&
    first.position === second.position &&
    sameFields(first, second) &&
    sameList(
      first.citations,
      second.citations,
      (left, right) => left.key === right.key && left.pinpoint === right.pinpoint,
    )
  );
}

function sameList<Item>(first: readonly Item[], second: readonly Item[], same: (left: Item, right: Item) => boolean) {
  return first.length === second.length && first.every((item, index) => same(item, second[index]!));
}
