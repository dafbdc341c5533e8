import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { documentSchemas } from '../interchange/documentSchema';
import type { NodeFields } from '../model/nodeFields';
import { sameFields } from '../model/nodeFields';
import type { CaseInfo, CslItem } from '../model/types';
import type { CaseSession } from '../session/caseSession';
import { deleteAuthority, insertAuthority, listAuthorities, updateAuthority } from '../store/authorityStore';
import { saveCaseInfo } from '../store/caseInfoStore';
import {
  addCollabNotice,
  deferForeignKeys,
  deleteNodes,
  insertBlankNode,
  loadPlaces,
  saveCollabUid,
  setPlace,
} from '../store/collabStore';
import { loadBody, updateBody, updateFields } from '../store/nodeStore';
import { fragmentToBody } from './bodyFragment';
import { AUTHORITIES, CASE, type NodeMap, nodesOf, type ResolvedNode, resolveTree } from './caseDoc';

/** What a remote transaction touched: the uids of nodes whose fields or bodies may differ, or everything. */
export interface Touched {
  all: boolean;
  nodes: Set<string>;
  caseInfo: boolean;
  authorities: boolean;
}

const titleOf = (node: ResolvedNode) => node.fields.title || 'A node';

/** Tells the user once of a decision about a node. */
function notice(database: Database.Database, uids: UidMap, kind: 'kept' | 'cycle', uid: string, message: string): void {
  if (uids.noticed.has(`${kind}:${uid}`)) return;
  uids.noticed.add(`${kind}:${uid}`);
  addCollabNotice(database, { kind, uid, message });
}

/** The two-way map of node ids: this file's and the shared document's. */
export interface UidMap {
  uidOf: Map<number, string>;
  idOf: Map<string, number>;
  /** The decisions about nodes the user has been told of, as `kind:uid`. */
  noticed: Set<string>;
}

const { caseSchema, authoritySchema } = documentSchemas();
const CASE_KEYS = Object.keys(caseSchema.shape) as (keyof typeof caseSchema.shape)[];

/** The case settings the document holds, each checked; a value a client wrote wrongly keeps the local one. */
export function readCaseInfo(document: Y.Doc, current: CaseInfo): CaseInfo {
  const map = document.getMap(CASE);
  const next: Record<string, unknown> = { ...current };
  for (const key of CASE_KEYS) {
    if (!map.has(key)) continue;
    const parsed = caseSchema.shape[key].safeParse(map.get(key));
    if (parsed.success && parsed.data !== undefined) next[key] = parsed.data;
  }
  return next as unknown as CaseInfo;
}

/** The authorities the document holds, each checked. */
export function readAuthorities(document: Y.Doc): Map<string, { type: string; short: string; csl: CslItem }> {
  const result = new Map<string, { type: string; short: string; csl: CslItem }>();
  for (const [key, value] of document.getMap(AUTHORITIES)) {
    const parsed = authoritySchema.safeParse({ ...(value as object), key });
    if (parsed.success) {
      result.set(key, {
        type: parsed.data.type,
        short: parsed.data.short ?? '',
        csl: (parsed.data.csl ?? {}) as CslItem,
      });
    }
  }
  return result;
}

/**
 * Brings the case file in step with the shared document, as one change that is not an undo step of this user's:
 * the views hear of it through the change stream (cause `remote`).
 */
export function materialise(session: CaseSession, document: Y.Doc, uids: UidMap, touched: Touched): void {
  const tree = resolveTree(document);
  const all = nodesOf(document);
  const database = session.database;
  session.applyRemote(() => {
    deferForeignKeys(database);
    for (const [uid, node] of tree.nodes) {
      let id = uids.idOf.get(uid);
      const fresh = id === undefined || !session.summary(id);
      if (fresh) {
        id = insertBlankNode(database);
        uids.idOf.set(uid, id);
        uids.uidOf.set(id, uid);
        saveCollabUid(database, id, uid);
      }
      if (!fresh && !touched.all && !touched.nodes.has(uid)) continue;
      const current = fresh ? undefined : session.summary(id!);
      if (!current || !sameFields(current, node.fields)) updateFields(database, id!, node.fields as NodeFields);
      const fragment = (all.get(uid) as NodeMap).get('body');
      if (fragment instanceof Y.XmlFragment) {
        const body = fragmentToBody(fragment);
        const stored = loadBody(database, id!);
        if (JSON.stringify(stored) !== JSON.stringify(body)) updateBody(database, id!, body);
      }
      if (node.keptAfterDelete) {
        notice(
          database,
          uids,
          'kept',
          uid,
          `“${titleOf(node)}” was deleted by a collaborator while it was being edited; it is kept.`,
        );
      }
    }
    for (const uid of tree.cycles) {
      notice(
        database,
        uids,
        'cycle',
        uid,
        `“${titleOf(tree.nodes.get(uid)!)}” was moved into its own branch by edits made at the same time; it is put at the top level.`,
      );
    }
    const places = loadPlaces(database);
    for (const [parentKey, children] of tree.children) {
      const parentId = parentKey === '' ? null : uids.idOf.get(parentKey)!;
      children.forEach((uid, position) => {
        const id = uids.idOf.get(uid)!;
        const place = places.get(id);
        if (!place || place.parentId !== parentId || place.position !== position) {
          setPlace(database, id, parentId, position);
        }
      });
    }
    const gone = [...places.keys()].filter((id) => {
      const uid = uids.uidOf.get(id);
      return uid === undefined || !tree.nodes.has(uid);
    });
    if (gone.length > 0) deleteNodes(database, gone);
    if (touched.all || touched.caseInfo) {
      const info = readCaseInfo(document, session.caseInfo());
      if (JSON.stringify(info) !== JSON.stringify(session.caseInfo())) saveCaseInfo(database, info);
    }
    if (touched.all || touched.authorities) syncAuthorities(session, document);
  });
}

function syncAuthorities(session: CaseSession, document: Y.Doc): void {
  const database = session.database;
  const wanted = readAuthorities(document);
  for (const authority of listAuthorities(database)) {
    const want = wanted.get(authority.key);
    if (!want) deleteAuthority(database, authority.id);
    else if (
      want.type !== authority.type ||
      want.short !== authority.short ||
      JSON.stringify(want.csl) !== JSON.stringify(authority.csl)
    ) {
      updateAuthority(database, authority.id, { key: authority.key, ...want } as never);
    }
    wanted.delete(authority.key);
  }
  for (const [key, want] of wanted) insertAuthority(database, { key, ...want } as never);
}
