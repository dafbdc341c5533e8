import type Database from 'better-sqlite3';
import type { ChangeCause, ChangedNode, ChangeEvent, UndoState } from '../api/changeEvent';
import { type CheckedCitation, CiteChecker } from '../citecheck/citeChecker';
import { readingOrder } from '../citecheck/readingOrder';
import type { CitationOutcome, Evaluation } from '../evaluate/index';
import { type EvaluationDelta, LiveEvaluation } from '../evaluate/liveEvaluation';
import type { Authority, CaseInfo, NodeSummary } from '../model/types';
import type { SourceContent } from '../sources/sourceTypes';
import { listAuthorities } from '../store/authorityStore';
import { takeChangedBodies, watchBodies } from '../store/bodyChanges';
import { loadCaseInfo } from '../store/caseInfoStore';
import { type Changes, History } from '../store/history';
import { loadSummaries, loadSummariesById, rebuildCitations } from '../store/nodeStore';
import { statement } from '../store/statements';
import { recordVerified } from '../store/verifiedFiles';
import { compareEvaluations, describeChange, type EvaluationChange, previousRows } from './describeChange';
import { sameSummary } from './sameSummary';

let currentOrigin: string | null | undefined;

/**
 * The client on whose behalf the service runs a call, so that a change event can name its origin (the page that made
 * an edit knows it as its own). It holds for the synchronous part of the call, where every edit of the case is made;
 * a change made after a call's first `await` names no origin, and a page then reads it as anyone's, reloading what it
 * shows. Not an AsyncLocalStorage: on Node 20 that turns on promise hooks for the whole process, which made every
 * call of the engine 1.5–2 ms slower on a 10,000-node case.
 */
export const callOrigin = {
  getStore: (): string | null | undefined => currentOrigin,
  run<T>(origin: string | null, work: () => T): T {
    const previous = currentOrigin;
    currentOrigin = origin;
    try {
      return work();
    } finally {
      currentOrigin = previous;
    }
  },
};

/** Told of every change of the open case. */
export type ChangeListener = (event: ChangeEvent) => void;

/**
 * One open case: its database connection, its undo history, and an in-memory copy of what the
 * outline and the evaluation need (every node but its body), kept current after every change.
 */
export class CaseSession {
  readonly history: History;
  /** Every citation held against its source, kept current like the evaluation. */
  private readonly citeChecker: CiteChecker;
  private nodes = new Map<number, NodeSummary>();
  private authorities: Authority[] = [];
  private info: CaseInfo;
  private evaluation: LiveEvaluation | undefined;
  private dataVersion: number;
  private childCounts = new Map<number | null, number>();
  private readonly listeners = new Set<ChangeListener>();
  private readonly closeListeners = new Set<() => void>();
  private revisionCount = 0;

  constructor(
    readonly database: Database.Database,
    readonly path: string,
    private readonly dataFolder: string,
  ) {
    this.history = new History(database);
    this.citeChecker = new CiteChecker(database);
    watchBodies(database);
    this.info = loadCaseInfo(database);
    this.reloadAll();
    this.dataVersion = this.readDataVersion();
  }

  /** Runs `mutate` as one undoable step, then brings the in-memory copy up to date. */
  change<T>(label: string, mutate: () => T, coalesceKey?: string): T {
    this.syncExternal();
    const before = this.listening();
    const result = this.history.change(label, mutate, coalesceKey);
    this.applyChanges('edit', before);
    return result;
  }

  /** Applies another replica's edit of a shared case: not an undo step here; views are told with the cause `remote`. */
  applyRemote<T>(mutate: () => T): T {
    this.syncExternal();
    const before = this.listening();
    const result = this.history.applyUnrecorded(mutate);
    this.history.forgetIfTouched(this.history.pendingNodeIds());
    this.applyChanges('remote', before);
    return result;
  }

  /** Undoes the last step; returns its label. */
  undo(): string | undefined {
    this.syncExternal();
    const before = this.listening();
    const label = this.history.undo(() => this.rebuildDerived());
    this.applyChanges('undo', before);
    return label;
  }

  /** Redoes the last undone step; returns its label. */
  redo(): string | undefined {
    this.syncExternal();
    const before = this.listening();
    const label = this.history.redo(() => this.rebuildDerived());
    this.applyChanges('redo', before);
    return label;
  }

  /** Tells `listener` of every change from now on, whatever its origin; returns the function that stops it. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells `listener` when the case closes (before its file does). */
  onClose(listener: () => void): void {
    this.closeListeners.add(listener);
  }

  /** How many changes the session has seen (the revision of the last event). */
  get revision(): number {
    return this.revisionCount;
  }

  /** Looks (cheaply) whether another process changed the file, and if so sends the change to the listeners. */
  checkExternal(): void {
    if (this.database.open) this.syncExternal();
  }

  /** What undo and redo would do now. */
  undoState(): UndoState {
    return {
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      undoLabel: this.history.undoLabel ?? null,
      redoLabel: this.history.redoLabel ?? null,
    };
  }

  /** Every node without its body. */
  summaries(): ReadonlyMap<number, NodeSummary> {
    this.syncExternal();
    return this.nodes;
  }

  /** One node's summary. */
  summary(id: number): NodeSummary | undefined {
    return this.summaries().get(id);
  }

  caseInfo(): CaseInfo {
    this.syncExternal();
    return this.info;
  }

  authorityList(): Authority[] {
    this.syncExternal();
    return this.authorities;
  }

  /** The statuses, weights and findings of the current tree, computed once per change. */
  evaluate(): Evaluation {
    this.syncExternal();
    if (!this.evaluation) {
      this.evaluation = new LiveEvaluation({
        nodes: [...this.nodes.values()],
        authorities: this.authorities,
        caseSide: this.info.side,
        thresholds: this.info.thresholds,
        ...(this.citeChecker.hasSources() ? { citationChecks: this.citationOutcomes() } : {}),
        oral: this.info.oral,
      });
    }
    return this.evaluation;
  }

  /** Every citation of the case held against its source, in reading order. */
  citationChecks(): CheckedCitation[] {
    const nodes = this.summaries();
    const authorities = new Map(this.authorities.map((authority) => [authority.key, authority]));
    return readingOrder(nodes).flatMap((node) => this.citeChecker.checksOf(node, authorities));
  }

  /** Whether the case checks its citations against sources (it has at least one attached). */
  isCiteChecked(): boolean {
    this.syncExternal();
    return this.citeChecker.hasSources();
  }

  /** The text and units of an authority's source, when it has one. */
  sourceContent(authorityId: number): SourceContent | undefined {
    this.syncExternal();
    return this.citeChecker.sourceContent(authorityId);
  }

  /**
   * Changes the sources or the checks by hand (in one transaction; not an undoable step), then checks the
   * citations again and tells the listeners what that changed in the gap report.
   */
  changeSources<T>(mutate: () => T): T {
    this.syncExternal();
    const before = this.listening();
    const result = this.database.transaction(mutate).immediate();
    this.citeChecker.forgetAll();
    this.evaluation = undefined;
    this.dataVersion = this.readDataVersion();
    if (!before) return result;
    const nodes = this.nodes;
    this.emit('edit', {
      previous: new Map(),
      evaluation: compareEvaluations(before, this.evaluate(), nodes.keys(), []),
      bodies: [],
      caseInfo: false,
      authorities: true,
    });
    return result;
  }

  /** Closes the file; a clean close is recorded so that the next open can skip the integrity check. */
  close(): void {
    if (!this.database.open) return;
    for (const listener of this.closeListeners) listener();
    this.closeListeners.clear();
    this.database.pragma('optimize');
    this.database.close();
    recordVerified(this.path, this.dataFolder);
  }

  private citationOutcomes(): Map<number, CitationOutcome[]> {
    const outcomes = new Map<number, CitationOutcome[]>();
    const authorities = new Map(this.authorities.map((authority) => [authority.key, authority]));
    for (const node of this.nodes.values()) {
      if (node.citations.length === 0) continue;
      outcomes.set(
        node.id,
        this.citeChecker.checksOf(node, authorities).map(({ key, pinpoint, state, reason, checkedBy }) => ({
          key,
          pinpoint,
          state,
          reason,
          checked: checkedBy !== null,
        })),
      );
    }
    return outcomes;
  }

  private rebuildDerived(): void {
    for (const id of this.history.pendingNodeIds()) rebuildCitations(this.database, id);
  }

  /** The evaluation before a change, when someone listens for changes (their event compares with it). */
  private listening(): Evaluation | undefined {
    return this.listeners.size > 0 ? this.evaluate() : undefined;
  }

  private applyChanges(cause: ChangeCause, before: Evaluation | undefined): void {
    const changes = this.history.takeChanges();
    const bodies = takeChangedBodies(this.database);
    const oldNodes = new Map<number, NodeSummary | undefined>();
    const oldCounts = new Map<number | null, number>();
    const loaded = changes.nodeIds.length > 0 ? loadSummariesById(this.database, changes.nodeIds) : [];
    if (changes.nodeIds.length > 0) this.citeChecker.forgetNodes(changes.nodeIds);
    for (const id of changes.nodeIds) {
      const old = this.nodes.get(id);
      oldNodes.set(id, old);
      if (old) this.countChild(old.parentId, -1, oldCounts);
      this.nodes.delete(id);
    }
    for (const summary of loaded) {
      this.nodes.set(summary.id, summary);
      this.countChild(summary.parentId, 1, oldCounts);
    }
    if (changes.authorities) {
      this.authorities = listAuthorities(this.database);
      this.citeChecker.forgetAll();
    }
    if (changes.caseInfo) this.info = loadCaseInfo(this.database);
    this.dataVersion = this.readDataVersion();
    const nodes = this.nodes;
    const counts = this.childCounts;
    const previous = before
      ? previousRows(
          {
            node: (id) => (oldNodes.has(id) ? oldNodes.get(id) : nodes.get(id)),
            childCount: (id) => (oldCounts.has(id) ? oldCounts.get(id)! : (counts.get(id) ?? 0)),
            evaluation: before,
          },
          { node: (id) => nodes.get(id) },
          changes.nodeIds,
        )
      : undefined;
    const delta = this.follow(changes, loaded);
    if (!before || !previous) return;
    const evaluation = this.evaluate();
    this.emit(cause, {
      previous,
      evaluation:
        delta ??
        compareEvaluations(
          before,
          evaluation,
          nodes.keys(),
          [...changes.nodeIds].filter((id) => !nodes.has(id)),
        ),
      bodies,
      caseInfo: changes.caseInfo,
      authorities: changes.authorities,
    });
  }

  /** Brings the evaluation up to date with an edit, incrementally when it can; undefined when it starts afresh. */
  private follow(changes: Changes, loaded: readonly NodeSummary[]): EvaluationDelta | undefined {
    const untouched = changes.nodeIds.length === 0 && !changes.authorities && !changes.caseInfo;
    if (untouched) return { statusIds: [], findings: new Map(), authorityFindings: null };
    // Citations held against their sources depend on bodies: with sources, the case is evaluated afresh.
    const followable = !changes.authorities && !changes.caseInfo && !this.citeChecker.hasSources();
    const removed = changes.nodeIds.filter((id) => !this.nodes.has(id));
    const delta = this.evaluation && followable ? this.evaluation.update(loaded, removed) : undefined;
    if (!delta) this.evaluation = undefined;
    return delta;
  }

  private countChild(parentId: number | null, step: number, oldCounts: Map<number | null, number>): void {
    const count = this.childCounts.get(parentId) ?? 0;
    if (!oldCounts.has(parentId)) oldCounts.set(parentId, count);
    this.childCounts.set(parentId, count + step);
  }

  private emit(
    cause: ChangeCause,
    change: {
      previous: ReadonlyMap<number, ChangedNode | undefined>;
      evaluation: EvaluationChange;
      bodies: readonly number[];
      caseInfo: boolean;
      authorities: boolean;
    },
  ): void {
    const nodes = this.nodes;
    const counts = this.childCounts;
    const event = describeChange({
      revision: ++this.revisionCount,
      cause,
      origin: callOrigin.getStore() ?? null,
      previous: change.previous,
      after: { node: (id) => nodes.get(id), childCount: (id) => counts.get(id) ?? 0, evaluation: this.evaluate() },
      evaluation: change.evaluation,
      bodies: change.bodies,
      caseInfo: change.caseInfo ? { path: this.path, ...this.info } : null,
      authorities: change.authorities,
      undo: this.undoState(),
    });
    for (const listener of this.listeners) listener(event);
  }

  /** Another process changed the file: reload everything, and forget undo steps that no longer apply. */
  private syncExternal(): void {
    const version = this.readDataVersion();
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    const before = this.listening();
    const oldNodes = this.nodes;
    const oldCounts = this.childCounts;
    const oldInfo = this.info;
    const oldAuthorities = this.authorities;
    this.history.clear();
    this.history.takeChanges();
    takeChangedBodies(this.database);
    this.info = loadCaseInfo(this.database);
    this.reloadAll();
    if (!before) return;
    const touched: number[] = [];
    for (const [id, node] of this.nodes) {
      const old = oldNodes.get(id);
      if (!old || !sameSummary(old, node)) touched.push(id);
    }
    for (const id of oldNodes.keys()) if (!this.nodes.has(id)) touched.push(id);
    const nodes = this.nodes;
    const previous = previousRows(
      { node: (id) => oldNodes.get(id), childCount: (id) => oldCounts.get(id) ?? 0, evaluation: before },
      { node: (id) => nodes.get(id) },
      touched,
    );
    this.emit('external', {
      previous,
      evaluation: compareEvaluations(before, this.evaluate(), nodes.keys(), oldNodes.keys()),
      bodies: touched,
      caseInfo: JSON.stringify(oldInfo) !== JSON.stringify(this.info),
      authorities: JSON.stringify(oldAuthorities) !== JSON.stringify(this.authorities),
    });
  }

  private reloadAll(): void {
    this.nodes = loadSummaries(this.database);
    this.authorities = listAuthorities(this.database);
    this.citeChecker.forgetAll();
    this.evaluation = undefined;
    this.childCounts = new Map();
    for (const node of this.nodes.values()) {
      this.childCounts.set(node.parentId, (this.childCounts.get(node.parentId) ?? 0) + 1);
    }
  }

  private readDataVersion(): number {
    return statement(this.database, 'PRAGMA data_version').pluck().get() as number;
  }
}
