import * as Y from 'yjs';
import { fieldSchemas } from '../model/nodeFieldSchemas';
import { emptyValue, NODE_FIELD_NAMES, type NodeFieldName, type NodeFields } from '../model/nodeFields';
import { isKey } from './orderKey';

/**
 * A case as a Yjs document: `nodes` maps each node's uid to a Y.Map of its place (`parent`, the uid of its parent
 * or null; `order`, a key its siblings sort by), its fields (as NODE_FIELDS declares them), its `body` (a TipTap
 * collaborative fragment), `rev` (raised by every edit) and `deletedAt` (the `rev` its deleter saw, or null);
 * `case` holds the case settings by name; `authorities` each authority by key; `members` the member's name of each
 * Yjs client that connected (to say who made an edit).
 */
export const NODES = 'nodes';
export const CASE = 'case';
export const AUTHORITIES = 'authorities';
export const MEMBERS = 'members';

export type NodeMap = Y.Map<unknown>;

export function nodesOf(document: Y.Doc): Y.Map<NodeMap> {
  return document.getMap<NodeMap>(NODES);
}

/** A node of the shared tree as every replica resolves it. */
export interface ResolvedNode {
  uid: string;
  parent: string | null;
  fields: NodeFields;
  /** Deleted by someone while someone else edited it: kept. */
  keptAfterDelete: boolean;
}

/** The shared tree, the same on every replica that holds the same updates. */
export interface ResolvedTree {
  nodes: Map<string, ResolvedNode>;
  /** The uids of each parent's children in order (the key "" holds the top level). */
  children: Map<string, string[]>;
  /** The nodes put at the top level because moves made a cycle. */
  cycles: Set<string>;
}

/** A field's value as the document holds it, or its empty value when a client wrote something it cannot be. */
function readField(map: NodeMap, name: NodeFieldName): unknown {
  const value = map.get(name);
  const parsed = fieldSchemas()[name].safeParse(value ?? emptyValue(name));
  return parsed.success ? parsed.data : emptyValue(name);
}

/** A node's fields, each checked against its declaration. */
export function readFields(map: NodeMap): NodeFields {
  const fields: Record<string, unknown> = {};
  for (const name of NODE_FIELD_NAMES) fields[name] = readField(map, name);
  return fields as NodeFields;
}

function isLive(map: NodeMap): boolean {
  const deletedAt = map.get('deletedAt');
  if (typeof deletedAt !== 'number') return true;
  const rev = map.get('rev');
  return typeof rev === 'number' && rev > deletedAt;
}

/**
 * Resolves the document into a tree, deterministically: a node deleted while another replica edited it is kept
 * (with its ancestors); a node whose parent is gone goes to the top level; moves that made a cycle are undone by
 * putting the cycle's smallest uid at the top level.
 */
export function resolveTree(document: Y.Doc): ResolvedTree {
  const all = nodesOf(document);
  const parents = new Map<string, string | null>();
  const live = new Set<string>();
  for (const [uid, map] of all) {
    if (!(map instanceof Y.Map)) continue;
    const parent = map.get('parent');
    parents.set(uid, typeof parent === 'string' && parent !== uid ? parent : null);
    if (isLive(map)) live.add(uid);
  }
  const kept = new Set<string>();
  for (const uid of [...live]) {
    const seen = new Set<string>([uid]);
    for (
      let parent = parents.get(uid) ?? null;
      parent !== null && !seen.has(parent);
      parent = parents.get(parent) ?? null
    ) {
      seen.add(parent);
      if (!parents.has(parent)) break;
      if (!live.has(parent)) {
        live.add(parent);
        kept.add(parent);
      }
    }
  }
  for (const uid of live) {
    const parent = parents.get(uid) ?? null;
    if (parent !== null && !live.has(parent)) parents.set(uid, null);
  }
  const cycles = breakCycles([...live].sort(), parents);
  const nodes = new Map<string, ResolvedNode>();
  const children = new Map<string, string[]>();
  for (const uid of live) {
    const map = all.get(uid)!;
    const deletedAt = map.get('deletedAt');
    nodes.set(uid, {
      uid,
      parent: parents.get(uid) ?? null,
      fields: readFields(map),
      keptAfterDelete: kept.has(uid) || typeof deletedAt === 'number',
    });
    const key = parents.get(uid) ?? '';
    const list = children.get(key) ?? [];
    list.push(uid);
    children.set(key, list);
  }
  for (const list of children.values()) {
    list.sort((left, right) => {
      const leftKey = orderOf(all.get(left)!);
      const rightKey = orderOf(all.get(right)!);
      if (leftKey !== rightKey) return leftKey < rightKey ? -1 : 1;
      return left < right ? -1 : left > right ? 1 : 0;
    });
  }
  return { nodes, children, cycles };
}

/** A node's order key, or "" (first) when a client wrote something else. */
export function orderOf(map: NodeMap): string {
  const order = map.get('order');
  return isKey(order) ? order : '';
}

function breakCycles(uids: readonly string[], parents: Map<string, string | null>): Set<string> {
  const broken = new Set<string>();
  const safe = new Set<string>();
  for (const start of uids) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = start;
    while (current !== null && !safe.has(current)) {
      if (onPath.has(current)) {
        const cycle = path.slice(path.indexOf(current));
        const smallest = [...cycle].sort()[0]!;
        parents.set(smallest, null);
        broken.add(smallest);
        break;
      }
      onPath.add(current);
      path.push(current);
      current = parents.get(current) ?? null;
    }
    for (const uid of path) safe.add(uid);
  }
  return broken;
}
