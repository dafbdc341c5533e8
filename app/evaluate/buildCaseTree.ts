import type { NodeTable } from './readNodes';

/**
 * A case's nodes, by their index in the input, as a tree with child lists in position order.
 * The children of node `index` are `children[childStart[index] .. childStart[index + 1])`;
 * the top-level nodes form the group at `index = parentIndex.length`.
 */
export interface CaseTree {
  /** The index of the node with this id, or -1. */
  indexOfId(id: number): number;
  /** The parent's index, or -1 at the top level. */
  parentIndex: Int32Array;
  childStart: Int32Array;
  children: Int32Array;
  /** Indexes in reading order: depth-first pre-order by position. */
  preorder: Int32Array;
  /** The place of each index in `preorder`. */
  rank: Int32Array;
}

/** Links the nodes into a tree; an unknown parent counts as the top level and a cycle is cut where it is found. */
export function buildCaseTree(table: NodeTable): CaseTree {
  const { ids, parentIds } = table;
  const count = ids.length;
  const indexOfId = idLookup(ids);
  const parentIndex = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const parent = indexOfId(parentIds[index]!);
    parentIndex[index] = parent === index ? -1 : parent;
  }
  let groups = groupChildren(table, parentIndex);
  let order = readingOrder(groups.childStart, groups.children, count);
  if (order.visitedCount < count) {
    cutCycles(groups.childStart, groups.children, parentIndex, order.visited);
    groups = groupChildren(table, parentIndex);
    order = readingOrder(groups.childStart, groups.children, count);
  }
  const rank = new Int32Array(count);
  for (let place = 0; place < count; place++) rank[order.preorder[place]!] = place;
  return { indexOfId, parentIndex, ...groups, preorder: order.preorder, rank };
}

function idLookup(ids: readonly number[]): (id: number) => number {
  if (ids.length === 0) return () => -1;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  let integers = true;
  for (const id of ids) {
    if (id < lowest) lowest = id;
    if (id > highest) highest = id;
    integers &&= Number.isInteger(id);
  }
  const span = highest - lowest + 1;
  if (!integers || !(span <= 4 * ids.length + 1024)) {
    const indexes = new Map<number, number>();
    for (let index = ids.length - 1; index >= 0; index--) indexes.set(ids[index]!, index);
    return (id) => indexes.get(id) ?? -1;
  }
  // Store ids are dense row ids, so a table beats a Map.
  const table = new Int32Array(span).fill(-1);
  for (let index = ids.length - 1; index >= 0; index--) table[ids[index]! - lowest] = index;
  return (id) => {
    const slot = id - lowest;
    return slot >= 0 && slot < span && Number.isInteger(slot) ? table[slot]! : -1;
  };
}

function groupChildren(table: NodeTable, parentIndex: Int32Array): { childStart: Int32Array; children: Int32Array } {
  const count = parentIndex.length;
  const childStart = new Int32Array(count + 2);
  for (let index = 0; index < count; index++) {
    const parent = parentIndex[index]!;
    childStart[(parent < 0 ? count : parent) + 1]!++;
  }
  for (let group = 1; group <= count + 1; group++) childStart[group]! += childStart[group - 1]!;
  const next = childStart.slice(0, count + 1);
  const children = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const parent = parentIndex[index]!;
    children[next[parent < 0 ? count : parent]!++] = index;
  }
  for (let group = 0; group <= count; group++) {
    sortByPosition(table, children, childStart[group]!, childStart[group + 1]!);
  }
  return { childStart, children };
}

function comesBefore({ positions, ids }: NodeTable, first: number, second: number): boolean {
  const firstPosition = positions[first]!;
  const secondPosition = positions[second]!;
  return firstPosition < secondPosition || (firstPosition === secondPosition && ids[first]! < ids[second]!);
}

function sortByPosition(table: NodeTable, children: Int32Array, start: number, end: number): void {
  if (end - start > 32) {
    if (isSorted(table, children, start, end)) return;
    const group = Array.from(children.subarray(start, end));
    group.sort((first, second) => (comesBefore(table, first, second) ? -1 : comesBefore(table, second, first) ? 1 : 0));
    children.set(group, start);
    return;
  }
  for (let place = start + 1; place < end; place++) {
    const child = children[place]!;
    let slot = place;
    while (slot > start && comesBefore(table, child, children[slot - 1]!)) {
      children[slot] = children[slot - 1]!;
      slot--;
    }
    children[slot] = child;
  }
}

function isSorted(table: NodeTable, children: Int32Array, start: number, end: number): boolean {
  for (let place = start + 1; place < end; place++) {
    if (comesBefore(table, children[place]!, children[place - 1]!)) return false;
  }
  return true;
}

function readingOrder(
  childStart: Int32Array,
  children: Int32Array,
  count: number,
): { preorder: Int32Array; visited: Uint8Array; visitedCount: number } {
  const preorder = new Int32Array(count);
  const visited = new Uint8Array(count);
  const stack = new Int32Array(count);
  let visitedCount = 0;
  let depth = 0;
  for (let place = childStart[count + 1]! - 1; place >= childStart[count]!; place--) stack[depth++] = children[place]!;
  while (depth > 0) {
    const index = stack[--depth]!;
    if (visited[index]) continue;
    visited[index] = 1;
    preorder[visitedCount++] = index;
    for (let place = childStart[index + 1]! - 1; place >= childStart[index]!; place--) {
      const child = children[place]!;
      if (!visited[child]) stack[depth++] = child;
    }
  }
  return { preorder, visited, visitedCount };
}

function cutCycles(childStart: Int32Array, children: Int32Array, parentIndex: Int32Array, visited: Uint8Array): void {
  const stack: number[] = [];
  for (let start = 0; start < visited.length; start++) {
    if (visited[start]) continue;
    let member = start;
    // 2 marks the walk up from `start`: the first node met twice lies on a cycle, and is cut from its parent.
    while (!visited[member]) {
      visited[member] = 2;
      member = parentIndex[member]!;
    }
    parentIndex[member] = -1;
    visited[member] = 1;
    stack.push(member);
    while (stack.length > 0) {
      const index = stack.pop()!;
      for (let place = childStart[index]!; place < childStart[index + 1]!; place++) {
        const child = children[place]!;
        if (visited[child] !== 1) {
          visited[child] = 1;
          stack.push(child);
        }
      }
    }
  }
}
