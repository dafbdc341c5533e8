import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { ChangeEvent } from '../api/changeEvent';
import { NODE_FIELD_NAMES } from '../model/nodeFields';
import type { CaseSession } from '../session/caseSession';
import { listAuthorities } from '../store/authorityStore';
import { saveCollabUid } from '../store/collabStore';
import { childIds, loadBody } from '../store/nodeStore';
import { writeBodyToFragment } from './bodyFragment';
import { AUTHORITIES, CASE, type NodeMap, nodesOf, orderOf } from './caseDoc';
import type { UidMap } from './materialise';
import { rekey } from './orderKey';

/** The origin of the transactions that carry this replica's own edits into the document. */
export const LOCAL_ORIGIN = 'casewright-local';

function newUid(): string {
  return randomBytes(12).toString('base64url');
}

/** Sets a key of a Y.Map when its value differs (so an unchanged field makes no update). */
function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): boolean {
  if (JSON.stringify(map.get(key)) === JSON.stringify(value)) return false;
  map.set(key, value);
  return true;
}

/** What to carry over: the nodes (by local id) whose fields or place changed, whose bodies changed, and the rest. */
export interface LocalChange {
  nodes: Iterable<number>;
  bodies: Iterable<number>;
  removed: Iterable<number>;
  caseInfo: boolean;
  authorities: boolean;
}

/** The parts of a change event this replica must carry into the shared document. */
export function localChangeOf(event: ChangeEvent): LocalChange {
  const { added, changed, moved, removed } = event.nodes;
  return {
    nodes: [...added, ...changed, ...moved].map((node) => node.id),
    bodies: [...added.map((node) => node.id), ...event.bodies],
    removed,
    caseInfo: event.caseInfo !== null,
    authorities: event.authorities,
  };
}

/** Every node and setting of the case, to share it for the first time. */
export function wholeCase(session: CaseSession): LocalChange {
  const ids = [...session.summaries().keys()];
  return { nodes: ids, bodies: ids, removed: [], caseInfo: true, authorities: true };
}

/** Carries this replica's edits of the case file into the shared document, in one transaction. */
export function pushLocal(session: CaseSession, document: Y.Doc, uids: UidMap, change: LocalChange): void {
  const all = nodesOf(document);
  const database = session.database;
  const mapOf = (id: number): NodeMap => {
    let uid = uids.uidOf.get(id);
    if (uid === undefined) {
      uid = newUid();
      uids.uidOf.set(id, uid);
      uids.idOf.set(uid, id);
      saveCollabUid(database, id, uid);
    }
    let map = all.get(uid);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<unknown>();
      all.set(uid, map);
    }
    return map;
  };
  const edited = (map: NodeMap) => map.set('rev', ((map.get('rev') as number | undefined) ?? 0) + 1);
  document.transact(() => {
    const parents = new Set<number | null>();
    for (const id of change.nodes) {
      const node = session.summary(id);
      if (!node) continue;
      const map = mapOf(id);
      let changed = false;
      for (const name of NODE_FIELD_NAMES) changed = setIfChanged(map, name, node[name]) || changed;
      const parent =
        node.parentId === null ? null : (uids.uidOf.get(node.parentId) ?? uidFor(mapOf, uids, node.parentId));
      changed = setIfChanged(map, 'parent', parent) || changed;
      parents.add(node.parentId);
      if (map.get('deletedAt') !== undefined && map.get('deletedAt') !== null) {
        map.set('deletedAt', null);
        changed = true;
      }
      if (changed) edited(map);
    }
    for (const id of change.bodies) {
      const body = loadBody(database, id);
      if (!body) continue;
      const map = mapOf(id);
      let fragment = map.get('body');
      if (!(fragment instanceof Y.XmlFragment)) {
        fragment = new Y.XmlFragment();
        map.set('body', fragment);
      }
      if (writeBodyToFragment(fragment as Y.XmlFragment, body)) edited(map);
    }
    for (const parentId of parents) {
      const children = childIds(database, parentId).map((id) => mapOf(id));
      const keys = children.map((map) => (map.has('order') ? orderOf(map) : null));
      for (const [index, key] of rekey(keys)) children[index]!.set('order', key);
    }
    for (const id of change.removed) {
      const uid = uids.uidOf.get(id);
      const map = uid === undefined ? undefined : all.get(uid);
      if (map instanceof Y.Map) map.set('deletedAt', (map.get('rev') as number | undefined) ?? 0);
    }
    if (change.caseInfo) {
      const info = session.caseInfo();
      const map = document.getMap(CASE);
      for (const [key, value] of Object.entries(info)) setIfChanged(map, key, value);
    }
    if (change.authorities) pushAuthorities(session, document);
  }, LOCAL_ORIGIN);
}

function uidFor(mapOf: (id: number) => NodeMap, uids: UidMap, id: number): string {
  mapOf(id);
  return uids.uidOf.get(id)!;
}

function pushAuthorities(session: CaseSession, document: Y.Doc): void {
  const map = document.getMap(AUTHORITIES);
  const authorities = listAuthorities(session.database);
  const keys = new Set(authorities.map((authority) => authority.key));
  for (const authority of authorities) {
    setIfChanged(map, authority.key, { type: authority.type, short: authority.short, csl: authority.csl });
  }
  for (const key of [...map.keys()]) if (!keys.has(key)) map.delete(key);
}
