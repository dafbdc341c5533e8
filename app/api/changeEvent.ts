import type { Collaborator } from '../collab/presence';
import type { SharedCaseStatus } from '../collab/sharedCaseStatus';
import type { Finding } from '../evaluate/finding';
import type { CaseInfo, NodeSummary } from '../model/types';
import type { OutlineRow } from './views';

/** A node as a change sends it: its outline row with every field the editor shows but the body. */
export type ChangedNode = OutlineRow &
  Pick<NodeSummary, 'mode' | 'standard' | 'weight' | 'assessment' | 'disputed' | 'tags'>;

/** What undo and redo would do now. */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * What made a change: an edit through the API, an undo or redo, another process writing the file, a collaborator's
 * edit of a shared case, or another case put in the place of the open one (then views read everything again).
 */
export type ChangeCause = 'edit' | 'undo' | 'redo' | 'external' | 'remote' | 'replaced';

/** One change of the open case, whatever its origin: what a view applies to what it holds. */
export interface ChangeEvent {
  /** Counts the changes the service has sent (across cases); a view that sees one missing reads everything again. */
  revision: number;
  cause: ChangeCause;
  /** The client whose call made the change, when it named itself. */
  origin: string | null;
  nodes: {
    added: ChangedNode[];
    /** Nodes whose fields, status or number of children changed, in place. */
    changed: ChangedNode[];
    /** Nodes with a new parent or position. */
    moved: ChangedNode[];
    removed: number[];
  };
  /** Nodes (not added ones) whose body changed. */
  bodies: number[];
  /** The findings of each node whose findings changed, by node id (an empty list: none left). */
  findings: Record<string, Finding[]>;
  /** The findings about authorities, when they changed. */
  authorityFindings: Finding[] | null;
  /** The case's metadata, when it changed. */
  caseInfo: ({ path: string } & CaseInfo) | null;
  /** Whether the list of authorities changed. */
  authorities: boolean;
  undo: UndoState;
}

/** How far the running export has got, sent on the same stream as changes. */
export interface ProgressEvent {
  active: boolean;
  /** From 0 to 1. */
  fraction: number;
  stage: string;
}

/** One message of the stream a view listens to: a change, export progress, where the collaborators are now, or how the
 * open shared case stands (`collab`; null: not shared). */
export type StreamMessage =
  | { type: 'change'; change: ChangeEvent }
  | { type: 'progress'; progress: ProgressEvent }
  | { type: 'presence'; collaborators: Collaborator[] }
  | { type: 'collab'; status: SharedCaseStatus | null };
