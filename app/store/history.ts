import type Database from 'better-sqlite3';
import { NODE_FIELD_COLUMNS, NODE_TABLE_COLUMNS } from '../model/nodeFields';
import { statement } from './statements';

const AUTHORITY_COLUMNS = ['id', 'key', 'type', 'short', 'csl'];
const CASE_COLUMNS = ['title', 'forum', 'applicant', 'respondent', 'side', 'citation_style', 'settings'];

const quoted = (row: 'old' | 'new', columns: string[]) =>
  columns.map((column) => `quote(${row}.${column})`).join(" || ',' || ");
const assignments = (columns: string[]) =>
  columns.map((column, index) => `'${index === 0 ? '' : ','}${column}=' || quote(old.${column})`).join(' || ');

/**
 * Temporary (per-connection) triggers: an undo log that records, for every change to the case, the
 * statement that reverses it, and a list of changed nodes that the service reads after each change.
 */
const TEMP_SCHEMA = `
CREATE TEMP TABLE undo_log (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL);
CREATE TEMP TABLE undo_state (recording INTEGER NOT NULL);
INSERT INTO undo_state VALUES (1);
CREATE TEMP TABLE changed_nodes (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE changed_parts (part TEXT PRIMARY KEY);

CREATE TEMP TRIGGER undo_nodes_insert AFTER INSERT ON main.nodes WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('DELETE FROM nodes WHERE id=' || new.id);
END;
CREATE TEMP TRIGGER undo_nodes_delete AFTER DELETE ON main.nodes WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('INSERT INTO nodes (${NODE_TABLE_COLUMNS.join(',')}) VALUES (' || ${quoted('old', NODE_TABLE_COLUMNS)} || ')');
END;
CREATE TEMP TRIGGER undo_nodes_structure AFTER UPDATE OF parent_id, position ON main.nodes WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('UPDATE nodes SET ' || ${assignments(['parent_id', 'position'])} || ' WHERE id=' || old.id);
END;
CREATE TEMP TRIGGER undo_nodes_fields AFTER UPDATE OF ${NODE_FIELD_COLUMNS.join(', ')} ON main.nodes WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('UPDATE nodes SET ' || ${assignments(NODE_FIELD_COLUMNS)} || ' WHERE id=' || old.id);
END;
CREATE TEMP TRIGGER undo_nodes_body AFTER UPDATE OF body, text ON main.nodes WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('UPDATE nodes SET ' || ${assignments(['body', 'text'])} || ' WHERE id=' || old.id);
END;
CREATE TEMP TRIGGER undo_authorities_insert AFTER INSERT ON main.authorities WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('DELETE FROM authorities WHERE id=' || new.id);
END;
CREATE TEMP TRIGGER undo_authorities_delete AFTER DELETE ON main.authorities WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('INSERT INTO authorities (${AUTHORITY_COLUMNS.join(',')}) VALUES (' || ${quoted('old', AUTHORITY_COLUMNS)} || ')');
END;
CREATE TEMP TRIGGER undo_authorities_update AFTER UPDATE ON main.authorities WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('UPDATE authorities SET ' || ${assignments(AUTHORITY_COLUMNS.slice(1))} || ' WHERE id=' || old.id);
END;
CREATE TEMP TRIGGER undo_case_update AFTER UPDATE ON main.case_info WHEN (SELECT recording FROM undo_state) BEGIN
  INSERT INTO undo_log (statement) VALUES ('UPDATE case_info SET ' || ${assignments(CASE_COLUMNS)} || ' WHERE id=1');
END;

CREATE TEMP TRIGGER changed_nodes_insert AFTER INSERT ON main.nodes BEGIN
  INSERT OR IGNORE INTO changed_nodes VALUES (new.id);
END;
CREATE TEMP TRIGGER changed_nodes_update AFTER UPDATE ON main.nodes BEGIN
  INSERT OR IGNORE INTO changed_nodes VALUES (old.id);
END;
CREATE TEMP TRIGGER changed_nodes_delete AFTER DELETE ON main.nodes BEGIN
  INSERT OR IGNORE INTO changed_nodes VALUES (old.id);
END;
CREATE TEMP TRIGGER changed_authorities_insert AFTER INSERT ON main.authorities BEGIN
  INSERT OR IGNORE INTO changed_parts VALUES ('authorities');
END;
CREATE TEMP TRIGGER changed_authorities_update AFTER UPDATE ON main.authorities BEGIN
  INSERT OR IGNORE INTO changed_parts VALUES ('authorities');
END;
CREATE TEMP TRIGGER changed_authorities_delete AFTER DELETE ON main.authorities BEGIN
  INSERT OR IGNORE INTO changed_parts VALUES ('authorities');
END;
CREATE TEMP TRIGGER changed_case AFTER UPDATE ON main.case_info BEGIN
  INSERT OR IGNORE INTO changed_parts VALUES ('case');
END;
`;

interface Step {
  label: string;
  from: number;
  to: number;
  coalesceKey: string | undefined;
  at: number;
}

/** How long consecutive edits of one body stay one undo step. */
const COALESCE_MS = 1500;

/** What changed in the last transaction. */
export interface Changes {
  nodeIds: number[];
  authorities: boolean;
  caseInfo: boolean;
}

/**
 * Undo and redo of every change to a case, recorded by triggers as reversing statements, and the
 * list of what each transaction changed. Each `change` is one step; consecutive edits with the same
 * `coalesceKey` (typing in one body) merge into one.
 */
export class History {
  private readonly undoSteps: Step[] = [];
  private redoSteps: Step[] = [];

  constructor(private readonly database: Database.Database) {
    database.exec(TEMP_SCHEMA);
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  get undoLabel(): string | undefined {
    return this.undoSteps.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.redoSteps.at(-1)?.label;
  }

  /** Runs `mutate` in one immediate transaction and records it as one undoable step. */
  change<T>(label: string, mutate: () => T, coalesceKey?: string): T {
    const now = Date.now();
    const top = this.undoSteps.at(-1);
    const coalesce =
      coalesceKey !== undefined &&
      top?.coalesceKey === coalesceKey &&
      this.redoSteps.length === 0 &&
      now - top.at < COALESCE_MS;
    const run = this.database.transaction(() => {
      if (coalesce) statement(this.database, 'UPDATE undo_state SET recording = 0').run();
      try {
        const before = this.lastSeq();
        const result = mutate();
        return { result, before, after: this.lastSeq() };
      } finally {
        if (coalesce) statement(this.database, 'UPDATE undo_state SET recording = 1').run();
      }
    });
    const { result, before, after } = run.immediate();
    if (coalesce) {
      top!.at = now;
    } else if (after > before) {
      this.dropRedo();
      this.undoSteps.push({ label, from: before + 1, to: after, coalesceKey, at: now });
    }
    return result;
  }

  /** Runs `mutate` in one immediate transaction without recording it: another replica's edit, not one to undo here. */
  applyUnrecorded<T>(mutate: () => T): T {
    const run = this.database.transaction(() => {
      statement(this.database, 'UPDATE undo_state SET recording = 0').run();
      try {
        return mutate();
      } finally {
        statement(this.database, 'UPDATE undo_state SET recording = 1').run();
      }
    });
    return run.immediate();
  }

  /**
   * Forgets the undo steps that would write a row another replica has just changed (the nodes given, the authorities,
   * the case settings), with every older step (undo would reach them only through it), and the redo steps if one of
   * them would: undo then never takes back a collaborator's edit, and newer steps of this replica's stay undoable.
   */
  forgetIfTouched(nodeIds: readonly number[]): void {
    if (this.undoSteps.length === 0 && this.redoSteps.length === 0) return;
    const parts = statement(this.database, 'SELECT part FROM changed_parts').pluck().all() as string[];
    const ids = new Set(nodeIds.map(String));
    const touches = (step: Step) =>
      (
        statement(this.database, 'SELECT statement FROM undo_log WHERE seq BETWEEN ? AND ?')
          .pluck()
          .all(step.from, step.to) as string[]
      ).some((text) => {
        const table = /^(?:UPDATE|DELETE FROM|INSERT INTO) (\w+)/.exec(text)?.[1];
        if (table === 'authorities') return parts.includes('authorities');
        if (table === 'case_info') return parts.includes('case');
        const id = text.startsWith('INSERT')
          ? /^[^)]*\) VALUES \((\d+)/.exec(text)?.[1]
          : /WHERE id=(\d+)$/.exec(text)?.[1];
        return id !== undefined && ids.has(id);
      });
    if (this.redoSteps.some(touches)) this.dropRedo();
    const newestTouching = this.undoSteps.findLastIndex(touches);
    for (const step of this.undoSteps.splice(0, newestTouching + 1)) {
      statement(this.database, 'DELETE FROM undo_log WHERE seq BETWEEN ? AND ?').run(step.from, step.to);
    }
  }

  /** Reverses the last step; `afterReplay` runs inside the same transaction (to rebuild derived data). */
  undo(afterReplay: () => void): string | undefined {
    const step = this.undoSteps.pop();
    if (!step) return undefined;
    this.redoSteps.push(this.replay(step, afterReplay));
    return step.label;
  }

  /** Repeats the last undone step. */
  redo(afterReplay: () => void): string | undefined {
    const step = this.redoSteps.pop();
    if (!step) return undefined;
    this.undoSteps.push(this.replay(step, afterReplay));
    return step.label;
  }

  /** Reads and clears the list of what changed since the last call. */
  takeChanges(): Changes {
    const nodeIds = (statement(this.database, 'SELECT id FROM changed_nodes').raw().all() as [number][]).map(
      (row) => row[0],
    );
    const parts = statement(this.database, 'SELECT part FROM changed_parts').pluck().all() as string[];
    if (nodeIds.length > 0) statement(this.database, 'DELETE FROM changed_nodes').run();
    if (parts.length > 0) statement(this.database, 'DELETE FROM changed_parts').run();
    return { nodeIds, authorities: parts.includes('authorities'), caseInfo: parts.includes('case') };
  }

  /** The ids of nodes changed in the current transaction so far (not cleared). */
  pendingNodeIds(): number[] {
    return statement(this.database, 'SELECT id FROM changed_nodes').pluck().all() as number[];
  }

  /** Forgets every step (after the case was replaced or changed by another process). */
  clear(): void {
    this.undoSteps.length = 0;
    this.redoSteps = [];
    statement(this.database, 'DELETE FROM undo_log').run();
  }

  private replay(step: Step, afterReplay: () => void): Step {
    const run = this.database.transaction(() => {
      this.database.pragma('defer_foreign_keys = ON');
      const before = this.lastSeq();
      const statements = statement(
        this.database,
        'SELECT statement FROM undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC',
      )
        .pluck()
        .all(step.from, step.to) as string[];
      for (const reversing of statements) this.database.prepare(reversing).run();
      statement(this.database, 'DELETE FROM undo_log WHERE seq BETWEEN ? AND ?').run(step.from, step.to);
      afterReplay();
      return { from: before + 1, to: this.lastSeq() };
    });
    const { from, to } = run.immediate();
    return { label: step.label, from, to, coalesceKey: undefined, at: 0 };
  }

  private dropRedo(): void {
    for (const step of this.redoSteps) {
      statement(this.database, 'DELETE FROM undo_log WHERE seq BETWEEN ? AND ?').run(step.from, step.to);
    }
    this.redoSteps = [];
  }

  private lastSeq(): number {
    return (statement(this.database, 'SELECT coalesce(max(seq), 0) FROM undo_log').pluck().get() as number) ?? 0;
  }
}
