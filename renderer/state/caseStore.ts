import { applyChange } from '../../app/api/applyChange';
import type { ChangeEvent, StreamMessage } from '../../app/api/changeEvent';
import type { ApiClient, MethodOutput } from '../../app/api/handlers';
import type { OutlineRow } from '../../app/api/views';
import type { Collaborator } from '../../app/collab/presence';
import type { Finding } from '../../app/evaluate/finding';
import { childKindFor } from '../../app/model/structure';
import type { CaseSide, NodeKind } from '../../app/model/types';
import { PresenceReporter } from '../presence/presenceReporter';
import { nodeForSideView } from './nodeForSideView';

export type View = 'outline' | 'map' | 'document' | 'practice';
export type DocumentLayoutName = 'memo' | 'memorial' | 'outline' | 'cards';

const LAYOUT_KEY = 'casewright.documentLayout';
/** How long a change waits for its event before the case is re-read instead. */
const STREAM_WAIT_MS = 2000;

/** The layout the Document view showed last in this browser profile (the memorial at first). */
function storedLayout(): DocumentLayoutName {
  try {
    const stored = localStorage.getItem(LAYOUT_KEY);
    return stored === 'memo' || stored === 'outline' || stored === 'cards' ? stored : 'memorial';
  } catch {
    return 'memorial';
  }
}
export type CaseInfoView = MethodOutput<'case-get'>;
export type HistoryState = MethodOutput<'history-state'>;
export type SharedStatus = MethodOutput<'collab-status'>;

export interface CaseState {
  info: CaseInfoView | undefined;
  rows: OutlineRow[];
  findings: Finding[];
  history: HistoryState;
  selectedId: number | undefined;
  collapsed: ReadonlySet<number>;
  view: View;
  sideFilter: CaseSide;
  message: { text: string; tone: 'error' | 'info' } | undefined;
  /** Bumped whenever the tree or the case changed, so views re-read what they show. */
  revision: number;
  /** Bumped when the case's authorities changed. */
  authoritiesRevision: number;
  /** How far the running export has got, as the change stream tells. */
  exportProgress: { active: boolean; fraction: number; stage: string } | undefined;
  /** Set when a command asks the editor to put the cursor in the title field. */
  focusTitle: number;
  /** The node being renamed in its outline row (F2). */
  renaming: number | undefined;
  /** The layout the Document view shows, and the one the Export dialog starts on. */
  documentLayout: DocumentLayoutName;
  /** The nodes the search panel found, which the map marks. */
  searchHits: ReadonlySet<number>;
  /** The citation whose source the source pane shows (its node, and which of the node's citations), when it is open. */
  source: SourceTarget | undefined;
  /** The other people on the case when it is shared, and where each is. */
  collaborators: readonly Collaborator[];
  /** How the case stands on its team server, when it is shared. */
  shared: SharedStatus;
}

/** A citation of a node: which of the node's citations, in reading order. */
export interface SourceTarget {
  nodeId: number;
  index: number;
}

/** Words chosen in a source, to be quoted in a node's body with their citation (or as the quotation of `citationIndex`). */
export interface QuoteRequest {
  nodeId: number;
  text: string;
  key: string;
  pinpoint: string;
  citationIndex?: number;
}

const EMPTY_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** The renderer's state of the open case, refreshed from the service API after every change. */
export class CaseStore {
  private state: CaseState = {
    info: undefined,
    rows: [],
    findings: [],
    history: EMPTY_HISTORY,
    selectedId: undefined,
    collapsed: new Set(),
    view: 'outline',
    sideFilter: 'both',
    message: undefined,
    revision: 0,
    authoritiesRevision: 0,
    exportProgress: undefined,
    focusTitle: 0,
    renaming: undefined,
    documentLayout: storedLayout(),
    searchHits: new Set(),
    source: undefined,
    collaborators: [],
    shared: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly savers = new Set<() => Promise<void>>();
  private readonly changeListeners = new Set<(event: ChangeEvent) => void>();
  private readonly quoteListeners = new Set<(request: QuoteRequest) => boolean>();
  /** A title being typed in the editor, shown in its outline row before its save comes back. */
  private typed: { id: number; title: string } | undefined;
  private readonly typedListeners = new Set<() => void>();
  /** Set when changes are pushed to this store (the browser mode's stream): then nothing is re-read after an edit. */
  private stream: { clientId: string; applied: number; expected: number; waiters: (() => void)[] } | undefined;

  /** Tells the engine where this view's user is, for the collaborators of a shared case. */
  readonly presence: PresenceReporter;

  constructor(readonly api: ApiClient) {
    this.presence = new PresenceReporter(this);
  }

  /** Takes the changes of the case from now on from a stream, on which this page's own calls are named `clientId`. */
  followStream(clientId: string): void {
    this.stream = { clientId, applied: 0, expected: 0, waiters: [] };
  }

  /** The name this page's calls carry on the stream, when it follows one. */
  get clientId(): string | undefined {
    return this.stream?.clientId;
  }

  /** Notes the case's revision that a reply reported: a change waits for its event up to there. */
  noteRevision = (revision: number): void => {
    if (this.stream && revision > this.stream.expected) this.stream.expected = revision;
  };

  /** Tells `listener` of every change applied from the stream. */
  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Applies one message of the change stream to what the store holds. */
  receive = (message: StreamMessage): void => {
    const stream = this.stream;
    if (!stream) return;
    if (message.type === 'progress') {
      this.set({ exportProgress: message.progress });
      return;
    }
    if (message.type === 'presence') {
      this.presence.receive(message.collaborators);
      return;
    }
    if (message.type === 'collab') {
      this.set({ shared: message.status });
      return;
    }
    const event = message.change;
    if (event.revision <= stream.applied) return;
    if (event.cause === 'replaced' || event.revision > stream.applied + 1) {
      this.noteRevision(event.revision);
      void this.refresh().then(() => this.announce(event));
      return;
    }
    stream.applied = event.revision;
    const held = applyChange({ rows: this.state.rows, findings: this.state.findings }, event);
    const selectedId = held.rows.some((row) => row.id === this.state.selectedId)
      ? this.state.selectedId
      : held.rows[0]?.id;
    this.set({
      rows: held.rows,
      findings: held.findings,
      history: event.undo,
      info: event.caseInfo ?? this.state.info,
      selectedId,
      revision: this.state.revision + 1,
      authoritiesRevision: this.state.authoritiesRevision + (event.authorities ? 1 : 0),
    });
    this.announce(event);
  };

  private announce(event: ChangeEvent): void {
    for (const listener of this.changeListeners) listener(event);
    const stream = this.stream;
    if (!stream || stream.applied < stream.expected) return;
    const waiters = stream.waiters;
    stream.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Resolves once every change this page made has come back on the stream (or, failing that, after re-reading). */
  private async caughtUp(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.applied >= stream.expected) return;
    const arrived = new Promise<boolean>((resolve) => {
      stream.waiters.push(() => resolve(true));
      window.setTimeout(() => resolve(false), STREAM_WAIT_MS);
    });
    if (!(await arrived)) await this.refresh();
  }

  /**
   * Shows `title` in the outline row of node `id` at once, as it is typed: only that row is drawn again, not the
   * whole window (the rest of the case follows when the save comes back on the stream).
   */
  typeTitle(id: number, title: string): void {
    this.typed = { id, title };
    for (const listener of this.typedListeners) listener();
  }

  /** Drops the title typed in node `id` once its save (of `saved`) is back: the outline then holds what is stored. */
  settleTitle(id: number, saved: string): void {
    if (this.typed?.id !== id || this.typed.title !== saved) return;
    this.typed = undefined;
    for (const listener of this.typedListeners) listener();
  }

  /** The title being typed in node `id`, if one is. */
  typedTitle = (id: number): string | undefined => (this.typed?.id === id ? this.typed.title : undefined);

  subscribeTyped = (listener: () => void) => {
    this.typedListeners.add(listener);
    return () => this.typedListeners.delete(listener);
  };

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  set(patch: Partial<CaseState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Re-reads the case, its outline, the gap report and the undo state. */
  async refresh(): Promise<void> {
    const [{ info, rows, findings, history }, shared] = await Promise.all([
      this.api['case-view']({}),
      this.api['collab-status']({}),
    ]);
    const selectedId = rows.some((row) => row.id === this.state.selectedId) ? this.state.selectedId : rows[0]?.id;
    if (this.stream) this.stream.applied = Math.max(this.stream.applied, this.stream.expected);
    this.set({
      info,
      rows,
      findings,
      history,
      shared,
      selectedId,
      revision: this.state.revision + 1,
      authoritiesRevision: this.state.authoritiesRevision + 1,
    });
  }

  /** Registers a save of typing not yet saved, run before every change so that no change overtakes it. */
  beforeChange(save: () => Promise<void>): () => void {
    this.savers.add(save);
    return () => this.savers.delete(save);
  }

  /**
   * Runs a change through the API after saving typing not yet saved, then waits for it to come back on the stream
   * (or, without one, re-reads the case); an error is thrown to the caller.
   */
  async attempt<T>(change: () => Promise<T>): Promise<T> {
    await Promise.all([...this.savers].map((save) => save()));
    const result = await change();
    await this.afterChange();
    return result;
  }

  /** After a change this page made: waits for its event, or re-reads the case when no stream pushes changes. */
  afterChange(): Promise<void> {
    return this.stream ? this.caughtUp() : this.refresh();
  }

  /** Runs a change through the API, then refreshes; an error becomes a message and changes nothing. */
  async run<T>(change: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.attempt(change);
    } catch (error) {
      this.set({ message: { text: (error as Error).message, tone: 'error' } });
      return undefined;
    }
  }

  /** Shows a layout in the Document view and remembers it. */
  setDocumentLayout(layout: DocumentLayoutName): void {
    this.set({ documentLayout: layout });
    try {
      localStorage.setItem(LAYOUT_KEY, layout);
    } catch {
      // Without storage the choice lasts as long as the window.
    }
  }

  select(id: number | undefined): void {
    if (id !== this.state.selectedId) this.set({ selectedId: id });
  }

  /** Selects a node and opens every collapsed node above it; from the Document view, opens its editor. */
  reveal(id: number): void {
    this.set({
      collapsed: this.openedAbove(id),
      selectedId: id,
      view: this.state.view === 'document' || this.state.view === 'practice' ? 'outline' : this.state.view,
    });
  }

  /** Selects a node of the case in the outline, opening every collapsed node above it, and stays in this view. */
  selectInOutline(id: number): void {
    if (!this.state.rows.some((row) => row.id === id)) return;
    this.set({ collapsed: this.openedAbove(id), selectedId: id });
  }

  private openedAbove(id: number): Set<number> {
    const byId = new Map(this.state.rows.map((row) => [row.id, row]));
    const collapsed = new Set(this.state.collapsed);
    for (let parent = byId.get(id)?.parentId ?? null; parent !== null; parent = byId.get(parent)?.parentId ?? null) {
      collapsed.delete(parent);
    }
    return collapsed;
  }

  toggle(id: number, open?: boolean): void {
    const collapsed = new Set(this.state.collapsed);
    const shouldOpen = open ?? collapsed.has(id);
    if (shouldOpen) collapsed.delete(id);
    else collapsed.add(id);
    this.set({ collapsed });
  }

  /** Adds a node after the selected one (as its sibling) or at the top level, and asks for its title. */
  async addSibling(kind?: NodeKind): Promise<void> {
    const selected = this.state.rows.find((row) => row.id === this.state.selectedId);
    const parentId = selected?.parentId ?? null;
    const place = nodeForSideView(this.state.rows, parentId, kind, selected?.kind ?? 'issue', this.state.sideFilter);
    const node = await this.run(() =>
      this.api['nodes-add']({
        parentId,
        index: selected ? selected.position + 1 : Number.MAX_SAFE_INTEGER,
        ...place,
        title: '',
      }),
    );
    if (node) this.set({ selectedId: node.id, focusTitle: this.state.focusTitle + 1 });
  }

  /** Adds a child of the selected node (a claim under an issue, evidence under a claim, …). */
  async addChild(kind?: NodeKind): Promise<void> {
    const selected = this.state.rows.find((row) => row.id === this.state.selectedId);
    if (!selected) return this.addSibling(kind);
    const place = nodeForSideView(
      this.state.rows,
      selected.id,
      kind,
      childKindFor(selected.kind),
      this.state.sideFilter,
    );
    const node = await this.run(() => this.api['nodes-add']({ parentId: selected.id, ...place, title: '' }));
    if (node) {
      this.toggle(selected.id, true);
      this.set({ selectedId: node.id, focusTitle: this.state.focusTitle + 1 });
    }
  }

  /** Opens the source pane on a citation of a node. */
  openSource(target: SourceTarget): void {
    this.set({ source: target, view: 'outline' });
  }

  closeSource(): void {
    this.set({ source: undefined });
  }

  /** Lets the body editor of a node take quotations from the source pane; returns the function that stops it. */
  onQuote(listener: (request: QuoteRequest) => boolean): () => void {
    this.quoteListeners.add(listener);
    return () => this.quoteListeners.delete(listener);
  }

  /** Hands a quotation to the editor showing its node; whether one took it. */
  quote(request: QuoteRequest): boolean {
    return [...this.quoteListeners].some((listener) => listener(request));
  }

  say(text: string, tone: 'error' | 'info' = 'info'): void {
    this.set({ message: { text, tone } });
  }
}
