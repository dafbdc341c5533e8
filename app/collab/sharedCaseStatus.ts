/** How a shared case stands: whether it is connected, whether the server has all its edits, what was decided for the user. */
export interface SharedCaseStatus {
  url: string;
  name: string;
  connected: boolean;
  /** The server has every edit made here. */
  synced: boolean;
  notices: { at: string; message: string }[];
}
