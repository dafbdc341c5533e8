import type { CollabNoticeKind } from '../store/collabStore';

/** How a shared case stands: whether it is connected, whether the server has all its edits, what was decided for the user. */
export interface SharedCaseStatus {
  url: string;
  name: string;
  /** The user wants it online (false: taken offline, its edits kept in the file until it goes online again). */
  online: boolean;
  connected: boolean;
  /** The server has every edit made here. */
  synced: boolean;
  /** How many edits made here the server does not have yet. */
  unsent: number;
  /** No member's token for this case is kept on this computer: it stays offline until one is given. */
  tokenNeeded: boolean;
  /** Why the server refused the member's token, when it did. */
  refused: string | null;
  /** What was decided for the user, newest first, until dismissed. */
  notices: CollabNotice[];
}

/** A conflict decided for the user about one node. */
export interface CollabNotice {
  id: number;
  at: string;
  kind: CollabNoticeKind;
  /** The node it is about, in this file (null when it is gone since). */
  nodeId: number | null;
  message: string;
  /** For an overwritten field: which, and the value this user wrote (to restore it). */
  field: string | null;
  lost: unknown;
}
