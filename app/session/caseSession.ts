import type Database from 'better-sqlite3';
import type { Evaluation } from '../evaluate/index';
import { evaluate } from '../evaluate/index';
import type { Authority, CaseInfo, NodeSummary } from '../model/types';
import { listAuthorities } from '../store/authorityStore';
import { loadCaseInfo } from '../store/caseInfoStore';
import { History } from '../store/history';
import { loadSummaries, loadSummariesById, rebuildCitations } from '../store/nodeStore';
import { statement } from '../store/statements';
import { recordVerified } from '../store/verifiedFiles';

/**
 * One open case: its database connection, its undo history, and an in-memory copy of what the
 * outline and the evaluation need (every node but its body), kept current after every change.
 */
export class CaseSession {
  readonly history: History;
  private nodes = new Map<number, NodeSummary>();
  private authorities: Authority[] = [];
  private info: CaseInfo;
  private evaluation: Evaluation | undefined;
  private dataVersion: number;

  constructor(
    readonly database: Database.Database,
    readonly path: string,
    private readonly dataFolder: string,
  ) {
    this.history = new History(database);
    this.info = loadCaseInfo(database);
    this.reloadAll();
    this.dataVersion = this.readDataVersion();
  }

  /** Runs `mutate` as one undoable step, then brings the in-memory copy up to date. */
  change<T>(label: string, mutate: () => T, coalesceKey?: string): T {
    this.syncExternal();
    const result = this.history.change(label, mutate, coalesceKey);
    this.applyChanges();
    return result;
  }

  /** Undoes the last step; returns its label. */
  undo(): string | undefined {
    this.syncExternal();
    const label = this.history.undo(() => this.rebuildDerived());
    this.applyChanges();
    return label;
  }

  /** Redoes the last undone step; returns its label. */
  redo(): string | undefined {
    this.syncExternal();
    const label = this.history.redo(() => this.rebuildDerived());
    this.applyChanges();
    return label;
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
      this.evaluation = evaluate({
        nodes: [...this.nodes.values()],
        authorities: this.authorities,
        caseSide: this.info.side,
        thresholds: this.info.thresholds,
        oral: this.info.oral,
      });
    }
    return this.evaluation;
  }

  /** Closes the file; a clean close is recorded so that the next open can skip the integrity check. */
  close(): void {
    if (!this.database.open) return;
    this.database.pragma('optimize');
    this.database.close();
    recordVerified(this.path, this.dataFolder);
  }

  private rebuildDerived(): void {
    for (const id of this.history.pendingNodeIds()) rebuildCitations(this.database, id);
  }

  private applyChanges(): void {
    const changes = this.history.takeChanges();
    if (changes.nodeIds.length > 0) {
      for (const id of changes.nodeIds) this.nodes.delete(id);
      for (const summary of loadSummariesById(this.database, changes.nodeIds)) this.nodes.set(summary.id, summary);
    }
    if (changes.authorities) this.authorities = listAuthorities(this.database);
    if (changes.caseInfo) this.info = loadCaseInfo(this.database);
    if (changes.nodeIds.length > 0 || changes.authorities || changes.caseInfo) this.evaluation = undefined;
    this.dataVersion = this.readDataVersion();
  }

  /** Another process changed the file: reload everything, and forget undo steps that no longer apply. */
  private syncExternal(): void {
    const version = this.readDataVersion();
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    this.history.clear();
    this.history.takeChanges();
    this.info = loadCaseInfo(this.database);
    this.reloadAll();
  }

  private reloadAll(): void {
    this.nodes = loadSummaries(this.database);
    this.authorities = listAuthorities(this.database);
    this.evaluation = undefined;
  }

  private readDataVersion(): number {
    return statement(this.database, 'PRAGMA data_version').pluck().get() as number;
  }
}
