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
  notices: { at: string; message: string }[];
}
