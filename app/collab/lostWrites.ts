import * as Y from 'yjs';
import { NODE_FIELD_NAMES, type NodeFieldName } from '../model/nodeFields';

/** A field this replica wrote that a concurrent write of a collaborator's replaced, as the document's rule decided. */
export interface LostWrite {
  field: NodeFieldName;
  /** The value this replica wrote. */
  lost: unknown;
  /** The value that won. */
  kept: unknown;
  /** The Yjs client that wrote the winning value. */
  byClient: number;
}

const FIELDS = new Set<string>(NODE_FIELD_NAMES);

const sameId = (left: Y.ID | null, right: Y.ID) =>
  left !== null && left.client === right.client && left.clock === right.clock;

/**
 * The fields of a node's map whose value, written here, a remote transaction replaced without having seen it: two
 * writes of one key that neither writer saw are ordered by Yjs the same way on every replica, and the later one wins.
 * A remote write made after this replica's one reached it (its origin is this replica's item) is an ordinary edit.
 */
export function lostWrites(event: Y.YMapEvent<unknown>, transaction: Y.Transaction): LostWrite[] {
  const own = transaction.doc.clientID;
  const found: LostWrite[] = [];
  for (const key of event.keysChanged) {
    if (!FIELDS.has(key)) continue;
    const winner = event.target._map.get(key);
    if (!winner || winner.deleted || winner.id.client === own) continue;
    let mine = winner.left;
    while (mine && mine.id.client !== own) mine = mine.left;
    if (!(mine instanceof Y.Item) || !Y.isDeleted(transaction.deleteSet, mine.id)) continue;
    const next = mine.right;
    if (next && sameId(next.origin, mine.id)) continue;
    const lost = mine.content.getContent().at(-1);
    const kept = winner.content.getContent().at(-1);
    if (JSON.stringify(lost) === JSON.stringify(kept)) continue;
    found.push({ field: key as NodeFieldName, lost, kept, byClient: winner.id.client });
  }
  return found;
}
