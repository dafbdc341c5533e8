import { type NodeSummary, STATUSES, type Status } from '../model/types';
import { buildCaseTree, type CaseTree } from './buildCaseTree';
import type { Evaluation, EvaluationInput } from './evaluation';
import { explainStatus } from './explainStatus';
import type { Finding } from './finding';
import { buildGapContext, contentBelowOf, effectiveSideOf, type GapContext } from './gapContext';
import { authorityIndexes, type NodeTable, readNodes, writeCitations, writeCodes } from './readNodes';
import { remapWeights } from './remapIndexes';
import { GAP_RULES } from './rules';
import { NO_STATUS, type NodeWeights, weighNode, weighNodes } from './weighNodes';

/** What re-evaluating after an edit changed, for the change event. */
export interface EvaluationDelta {
  /** Nodes whose status or effective weight changed. */
  statusIds: number[];
  /** The findings of each node whose findings changed, by node id. */
  findings: Map<number, Finding[]>;
  /** The findings about authorities, when they changed. */
  authorityFindings: Finding[] | null;
}

/**
 * An evaluation that can follow edits: after an edit of some nodes' fields or citations (not of the tree's
 * shape, the authorities or the case settings), only those nodes, their ancestors, their children and (when a side
 * or kind changed) what lies below them are evaluated again.
 */
export class LiveEvaluation implements Evaluation {
  readonly statuses = new Map<number, Status>();
  readonly weights = new Map<number, number>();
  private nodes: NodeSummary[];
  private table: NodeTable;
  private tree: CaseTree;
  private nodeWeights: NodeWeights;
  private context: GapContext;
  private readonly authorityByKey: Map<string, number>;
  private byIndex: (Finding[] | undefined)[];
  private authorityFindings: Finding[] = [];
  private ordered: Finding[] | undefined;

  constructor(private readonly input: EvaluationInput) {
    this.nodes = [...input.nodes];
    this.table = readNodes(this.nodes, input.authorities);
    this.tree = buildCaseTree(this.table);
    this.nodeWeights = weighNodes(this.table, this.tree, input.thresholds);
    this.context = buildGapContext(
      this.nodes,
      this.table,
      this.tree,
      this.nodeWeights,
      input.caseSide,
      input.citationChecks,
      input.oral,
    );
    this.authorityByKey = authorityIndexes(input.authorities);
    this.byIndex = new Array<Finding[] | undefined>(this.nodes.length);
    for (let index = 0; index < this.nodes.length; index++) this.record(index);
    this.checkRules(this.context.scope, true);
  }

  /** The gap report in reading order: by node, then by rule; the findings about authorities last, by key. */
  get findings(): Finding[] {
    if (this.ordered) return this.ordered;
    const ordered: Finding[] = [];
    for (const index of this.tree.preorder) {
      const group = this.byIndex[index];
      if (group) for (const finding of group) ordered.push(finding);
    }
    for (const finding of this.authorityFindings) ordered.push(finding);
    this.ordered = ordered;
    return ordered;
  }

  explain = (id: number): string | null => {
    const index = this.tree.indexOfId(id);
    if (index < 0) return null;
    const { nodes, table, nodeWeights } = this;
    return explainStatus({ nodes, table, nodeWeights, thresholds: this.input.thresholds }, index);
  };

  /**
   * Follows an edit: `changed` holds the new summaries of the nodes edited or added, `removed` the ids of the nodes
   * deleted. An edit of fields re-evaluates those nodes, their ancestors and children; an edit of the tree's shape
   * (nodes added, removed, moved, a number of citations) renumbers what is kept and re-evaluates the chains of
   * ancestors it touched and what lies below a moved node. Undefined when the case must be evaluated afresh.
   */
  update(changed: readonly NodeSummary[], removed: readonly number[] = []): EvaluationDelta | undefined {
    const { tree, table, nodes } = this;
    // The oral rules read whole subtrees and the whole schedule: with speakers, the case is evaluated afresh.
    if ((this.input.oral?.speakers.length ?? 0) > 0) return undefined;
    if (removed.length > 0) return this.restructure(changed, removed);
    const indexes: number[] = [];
    for (const node of changed) {
      const index = tree.indexOfId(node.id);
      const old = index < 0 ? undefined : nodes[index]!;
      const moved = !old || old.parentId !== node.parentId || old.position !== node.position;
      if (moved || old.citations.length !== node.citations.length) {
        return this.restructure(changed, removed);
      }
      indexes.push(index);
    }
    const reach: number[] = [];
    for (const [place, index] of indexes.entries()) {
      const old = nodes[index]!;
      const node = changed[place]!;
      if (old.side !== node.side || old.kind !== node.kind) reach.push(index);
      nodes[index] = node;
      writeCodes(table, index, node);
      writeCitations(table, index, node, this.authorityByKey);
    }
    const lineage = this.withAncestors(indexes);
    const statusIds = this.reweigh(lineage);
    const below = this.resideBelow(reach);
    const scope = new Set<number>(lineage);
    for (const index of indexes) {
      for (let place = tree.childStart[index]!; place < tree.childStart[index + 1]!; place++) {
        scope.add(tree.children[place]!);
      }
    }
    for (const index of below) scope.add(index);
    return { statusIds, ...this.checkRules([...scope], false) };
  }

  /** Follows an edit of the tree's shape (see `update`): renumbers what is kept, then re-evaluates what it touched. */
  private restructure(changed: readonly NodeSummary[], removed: readonly number[]): EvaluationDelta {
    const before = { nodes: this.nodes, tree: this.tree, side: this.context.effectiveSide, byIndex: this.byIndex };
    const gone = new Set(removed);
    const edited = new Map(changed.map((node) => [node.id, node]));
    const newIndexOf = new Int32Array(before.nodes.length).fill(-1);
    const nodes: NodeSummary[] = [];
    for (const [index, node] of before.nodes.entries()) {
      if (gone.has(node.id)) continue;
      newIndexOf[index] = nodes.length;
      nodes.push(edited.get(node.id) ?? node);
      edited.delete(node.id);
    }
    const added = [...edited.values()].filter((node) => !gone.has(node.id));
    nodes.push(...added);
    const count = nodes.length;
    const oldIndexOf = new Int32Array(count).fill(-1);
    for (const [index, next] of newIndexOf.entries()) if (next >= 0) oldIndexOf[next] = index;

    const { input } = this;
    this.nodes = nodes;
    this.table = readNodes(nodes, input.authorities);
    this.tree = buildCaseTree(this.table);
    this.nodeWeights = remapWeights(this.nodeWeights, newIndexOf, count);
    this.context = buildGapContext(
      nodes,
      this.table,
      this.tree,
      this.nodeWeights,
      input.caseSide,
      input.citationChecks,
      input.oral,
    );
    this.byIndex = Array.from({ length: count }, (_, index) =>
      oldIndexOf[index]! < 0 ? undefined : before.byIndex[oldIndexOf[index]!],
    );

    // What the edit touched: the nodes edited or added, those under another parent now, and their former parents.
    const tree = this.tree;
    const parentIdOf = (nodeList: readonly NodeSummary[], parents: Int32Array, index: number) =>
      parents[index]! < 0 ? null : nodeList[parents[index]!]!.id;
    const seeds = new Set<number>();
    const seedId = (id: number | null) => {
      const index = id === null ? -1 : tree.indexOfId(id);
      if (index >= 0) seeds.add(index);
    };
    for (const node of changed) seedId(node.id);
    for (const id of [...removed, ...changed.map((node) => node.id)]) {
      const old = before.tree.indexOfId(id);
      if (old >= 0) seedId(parentIdOf(before.nodes, before.tree.parentIndex, old));
    }
    const scope = new Set<number>();
    for (let index = 0; index < count; index++) {
      const old = oldIndexOf[index]!;
      if (old < 0) continue;
      const parentBefore = parentIdOf(before.nodes, before.tree.parentIndex, old);
      if (parentBefore !== parentIdOf(nodes, tree.parentIndex, index)) {
        seeds.add(index);
        seedId(parentBefore);
      }
      if (this.context.effectiveSide[index] !== before.side[old]) scope.add(index);
    }
    const lineage = this.withAncestors([...seeds]);
    const statusIds = new Set(this.reweigh(lineage));
    for (const node of added) if (this.statuses.has(node.id)) statusIds.add(node.id);
    for (const id of removed) {
      if (this.statuses.delete(id)) statusIds.add(id);
      this.weights.delete(id);
    }
    for (const index of lineage) scope.add(index);
    for (const index of seeds) {
      for (let place = tree.childStart[index]!; place < tree.childStart[index + 1]!; place++) {
        scope.add(tree.children[place]!);
      }
    }
    for (const node of added) scope.add(tree.indexOfId(node.id));
    const delta = this.checkRules([...scope], false);
    for (const id of removed) {
      const old = before.tree.indexOfId(id);
      if (old >= 0 && before.byIndex[old]) delta.findings.set(id, []);
    }
    return { statusIds: [...statusIds], ...delta };
  }

  /** The nodes and every ancestor of them, the deepest (last in reading order) first. */
  private withAncestors(indexes: readonly number[]): number[] {
    const { parentIndex, rank } = this.tree;
    const lineage = new Set<number>();
    for (const start of indexes) {
      for (let index = start; index >= 0 && !lineage.has(index); index = parentIndex[index]!) lineage.add(index);
    }
    return [...lineage].sort((first, second) => rank[second]! - rank[first]!);
  }

  private reweigh(lineage: readonly number[]): number[] {
    const { status, weight } = this.nodeWeights;
    const statusIds: number[] = [];
    for (const index of lineage) {
      const oldStatus = status[index];
      const oldWeight = weight[index];
      weighNode(this.table, this.tree, this.nodeWeights, this.input.thresholds, index);
      this.record(index);
      if (status[index] !== oldStatus || weight[index] !== oldWeight) statusIds.push(this.table.ids[index]!);
    }
    const { ruleBelow, evidenceBelow } = this.context;
    for (const index of lineage) {
      const content = contentBelowOf(this.context, index);
      ruleBelow[index] = content.rule;
      evidenceBelow[index] = content.evidence;
    }
    return statusIds;
  }

  /** Works out the effective side again below nodes whose side or kind changed; returns every node it reached. */
  private resideBelow(starts: readonly number[]): number[] {
    const { childStart, children } = this.tree;
    const reached: number[] = [];
    const stack = [...starts];
    while (stack.length > 0) {
      const index = stack.pop()!;
      reached.push(index);
      this.context.effectiveSide[index] = effectiveSideOf(this.context, index);
      for (let place = childStart[index]!; place < childStart[index + 1]!; place++) stack.push(children[place]!);
    }
    return reached;
  }

  private record(index: number): void {
    const code = this.nodeWeights.status[index]!;
    const id = this.table.ids[index]!;
    if (code === NO_STATUS) {
      this.statuses.delete(id);
      this.weights.delete(id);
    } else {
      this.statuses.set(id, STATUSES[code]!);
      this.weights.set(id, this.nodeWeights.weight[index]!);
    }
  }

  /** Runs the gap rules over `scope`, keeps their findings, and says which changed. */
  private checkRules(scope: ArrayLike<number> & Iterable<number>, first: boolean): Omit<EvaluationDelta, 'statusIds'> {
    const previous = new Map<number, Finding[] | undefined>();
    for (const index of scope) {
      if (!first) previous.set(index, this.byIndex[index]);
      this.byIndex[index] = undefined;
    }
    const authorityFindings: Finding[] = [];
    const context = { ...this.context, scope };
    for (const rule of GAP_RULES) {
      for (const finding of rule.check(context)) {
        const index = finding.nodeId === null ? -1 : this.tree.indexOfId(finding.nodeId);
        if (index < 0) authorityFindings.push(finding);
        else if (this.byIndex[index]) this.byIndex[index].push(finding);
        else this.byIndex[index] = [finding];
      }
    }
    authorityFindings.sort(byAuthorityKey);
    this.ordered = undefined;
    const findings = new Map<number, Finding[]>();
    for (const [index, old] of previous) {
      const next = this.byIndex[index];
      if (!sameFindings(old, next)) findings.set(this.table.ids[index]!, next ?? []);
    }
    const authoritiesChanged = first || !sameFindings(this.authorityFindings, authorityFindings);
    this.authorityFindings = authorityFindings;
    return { findings, authorityFindings: authoritiesChanged ? authorityFindings : null };
  }
}

function byAuthorityKey(first: Finding, second: Finding): number {
  const firstKey = first.authorityKey ?? '';
  const secondKey = second.authorityKey ?? '';
  return firstKey < secondKey ? -1 : firstKey > secondKey ? 1 : 0;
}

/** Whether two lists of findings say the same. */
export function sameFindings(first: readonly Finding[] | undefined, second: readonly Finding[] | undefined): boolean {
  const left = first ?? [];
  const right = second ?? [];
  return (
    left.length === right.length &&
    left.every(
      (finding, index) =>
        finding.rule === right[index]!.rule &&
        finding.message === right[index]!.message &&
        finding.hint === right[index]!.hint &&
        finding.authorityKey === right[index]!.authorityKey,
    )
  );
}
