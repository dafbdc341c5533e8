import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluate } from '../../app/evaluate';
import { LiveEvaluation } from '../../app/evaluate/liveEvaluation';
import {
  ASSESSMENTS,
  CASE_SIDES,
  DEFAULT_THRESHOLDS,
  MODES,
  NODE_KINDS,
  type NodeSummary,
  PROOF_STANDARDS,
  SIDES,
  WEIGHTS,
} from '../../app/model/types';

const fieldsArbitrary = fc.record({
  kind: fc.constantFrom(...NODE_KINDS),
  title: fc.constantFrom('', 'Title', 'Another title, long enough to be shortened when a message quotes it in full'),
  side: fc.option(fc.constantFrom(...SIDES)),
  mode: fc.option(fc.constantFrom(...MODES)),
  standard: fc.option(fc.constantFrom(...PROOF_STANDARDS)),
  weight: fc.option(fc.constantFrom(...WEIGHTS)),
  assessment: fc.option(fc.constantFrom(...ASSESSMENTS)),
  disputed: fc.boolean(),
  keys: fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'missing'), pinpoint: fc.constantFrom('', 'para 1') }), {
    maxLength: 2,
  }),
});

const scenarioArbitrary = fc.record({
  shape: fc.array(fc.record({ parentChoice: fc.integer({ min: -2, max: 1000 }), fields: fieldsArbitrary }), {
    minLength: 1,
    maxLength: 40,
  }),
  caseSide: fc.constantFrom(...CASE_SIDES),
  authorityType: fc.constantFrom('treaty', 'book', 'case' as const),
  edits: fc.array(
    fc.record({
      choices: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
      fields: fieldsArbitrary,
      sameCitations: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  ),
});

function withFields(
  node: NodeSummary,
  fields: typeof fieldsArbitrary extends fc.Arbitrary<infer Fields> ? Fields : never,
  sameCitations: boolean,
): NodeSummary {
  const citations = sameCitations
    ? node.citations.map((citation, index) => fields.keys[index] ?? citation)
    : fields.keys;
  const { keys: _keys, ...rest } = fields;
  return { ...node, ...rest, citations };
}

const blankNode = (id: number, parentId: number | null, position: number): NodeSummary => ({
  id,
  parentId,
  position,
  kind: 'claim',
  title: '',
  side: null,
  mode: null,
  standard: null,
  weight: null,
  assessment: null,
  disputed: false,
  tags: [],
  citations: [],
  speaker: null,
  minutes: null,
  difficulty: null,
});

const structuralEditArbitrary = fc.record({
  operation: fc.constantFrom('add', 'delete', 'move', 'indent', 'edit'),
  pick: fc.nat(),
  target: fc.integer({ min: -1, max: 1000 }),
  index: fc.nat({ max: 10 }),
  fields: fieldsArbitrary,
});

type StructuralEdit = typeof structuralEditArbitrary extends fc.Arbitrary<infer Edit> ? Edit : never;

/**
 * Applies one structural edit as the store does (siblings renumbered 0, 1, …); returns the nodes after it, the new
 * summaries of every node it changed or added, and the ids it removed.
 */
function applyStructuralEdit(
  nodes: NodeSummary[],
  edit: StructuralEdit,
  nextId: number,
): { nodes: NodeSummary[]; changed: NodeSummary[]; removed: number[] } {
  const byId = new Map(nodes.map((node) => [node.id, { ...node }]));
  const childrenOf = (parentId: number | null) =>
    [...byId.values()].filter((node) => node.parentId === parentId).sort((a, b) => a.position - b.position);
  const subtree = (id: number): number[] => [id, ...childrenOf(id).flatMap((child) => subtree(child.id))];
  const picked = nodes.length === 0 ? undefined : nodes[edit.pick % nodes.length]!;
  const targetId = edit.target < 0 || nodes.length === 0 ? null : nodes[edit.target % nodes.length]!.id;
  const place = (node: NodeSummary, parentId: number | null, index: number) => {
    const siblings = childrenOf(parentId).filter((sibling) => sibling.id !== node.id);
    siblings.splice(Math.min(index, siblings.length), 0, node);
    node.parentId = parentId;
    for (const [position, sibling] of siblings.entries()) sibling.position = position;
  };
  const renumber = (parentId: number | null) => {
    for (const [position, sibling] of childrenOf(parentId).entries()) sibling.position = position;
  };
  let removed: number[] = [];
  if (edit.operation === 'add' || !picked) {
    const node = withFields(blankNode(nextId, targetId, 0), edit.fields, false);
    byId.set(node.id, node);
    place(node, targetId, edit.index);
  } else if (edit.operation === 'delete') {
    removed = subtree(picked.id);
    for (const id of removed) byId.delete(id);
    renumber(picked.parentId);
  } else if (edit.operation === 'move') {
    if (targetId === null || !subtree(picked.id).includes(targetId)) {
      const oldParent = picked.parentId;
      place(byId.get(picked.id)!, targetId, edit.index);
      renumber(oldParent);
    }
  } else if (edit.operation === 'indent') {
    const previous = childrenOf(picked.parentId)
      .filter((sibling) => sibling.position < picked.position)
      .at(-1);
    if (previous) {
      place(byId.get(picked.id)!, previous.id, Number.MAX_SAFE_INTEGER);
      renumber(picked.parentId);
    }
  } else {
    byId.set(picked.id, withFields(byId.get(picked.id)!, edit.fields, true));
  }
  const before = new Map(nodes.map((node) => [node.id, node]));
  const after = [...nodes.filter((node) => byId.has(node.id)).map((node) => byId.get(node.id)!)];
  for (const node of byId.values()) if (!before.has(node.id)) after.push(node);
  const changed = after.filter((node) => JSON.stringify(node) !== JSON.stringify(before.get(node.id)));
  return { nodes: after, changed, removed };
}

function expectSameEvaluation(live: LiveEvaluation, input: EvaluationInput): void {
  const fresh = evaluate(input);
  expect(live.statuses).toEqual(fresh.statuses);
  expect(live.weights).toEqual(fresh.weights);
  expect(live.findings).toEqual(fresh.findings);
  for (const node of input.nodes) expect(live.explain(node.id)).toBe(fresh.explain(node.id));
}

describe('incremental evaluation', () => {
  it('gives after any edits of fields and citations what a full evaluation of the edited case gives', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ shape, caseSide, authorityType, edits }) => {
        let nodes: NodeSummary[] = shape.map(({ parentChoice, fields }, index) =>
          withFields(
            blankNode(index + 1, index === 0 || parentChoice < 0 ? null : (parentChoice % index) + 1, index),
            fields,
            false,
          ),
        );
        const input = (current: NodeSummary[]): EvaluationInput => ({
          nodes: current,
          authorities: [
            { key: 'a', type: authorityType },
            { key: 'b', type: 'treaty' },
          ],
          caseSide,
          thresholds: DEFAULT_THRESHOLDS,
        });
        let live = new LiveEvaluation(input(nodes));
        let followed = 0;
        for (const edit of edits) {
          const changed = [...new Set(edit.choices.map((choice) => choice % nodes.length))].map((index) =>
            withFields(nodes[index]!, edit.fields, edit.sameCitations),
          );
          const byId = new Map(changed.map((node) => [node.id, node]));
          nodes = nodes.map((node) => byId.get(node.id) ?? node);
          const delta = live.update(changed);
          if (delta) followed++;
          else live = new LiveEvaluation(input(nodes));
          expectSameEvaluation(live, input(nodes));
        }
        return followed >= 0;
      }),
      { numRuns: 300 },
    );
  });

  it('follows an edit that keeps the number of citations, and says which statuses and findings changed', () => {
    const node = (id: number, parentId: number | null, kind: NodeSummary['kind'], title: string): NodeSummary => ({
      id,
      parentId,
      position: id,
      kind,
      title,
      side: null,
      mode: null,
      standard: null,
      weight: kind === 'evidence' ? 'strong' : null,
      assessment: kind === 'evidence' ? 'accepted' : null,
      disputed: false,
      tags: [],
      citations: kind === 'issue' ? [] : [{ key: 'a', pinpoint: 'art 1' }],
      speaker: null,
      minutes: null,
      difficulty: null,
    });
    const nodes = [
      node(1, null, 'issue', 'Issue'),
      node(2, 1, 'claim', 'Claim'),
      node(3, 2, 'rule', 'Rule'),
      node(4, 2, 'evidence', 'Fact'),
    ];
    const input = {
      nodes,
      authorities: [{ key: 'a', type: 'treaty' as const }],
      caseSide: 'applicant' as const,
      thresholds: DEFAULT_THRESHOLDS,
    };
    const live = new LiveEvaluation(input);
    expect(live.statuses.get(1)).toBe('established');
    const rejected = { ...nodes[3]!, assessment: 'rejected' as const };
    const delta = live.update([rejected])!;
    expect(delta.statusIds.sort()).toEqual([1, 2, 4]);
    expect(live.statuses.get(1)).toBe('unsupported');
    expect(live.update([{ ...rejected, parentId: 1 }])).toBeDefined();
    const untitled = live.update([{ ...nodes[2]!, title: '' }])!;
    expect([...untitled.findings.keys()]).toEqual([3]);
    expect(untitled.findings.get(3)![0]!.rule).toBe('empty-title');
  });
  it('follows structural edits (add, delete, move, indent) as it follows fields, and agrees with a full evaluation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ parentChoice: fc.integer({ min: -2, max: 1000 }), fields: fieldsArbitrary }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.constantFrom(...CASE_SIDES),
        fc.array(structuralEditArbitrary, { minLength: 1, maxLength: 15 }),
        (shape, caseSide, edits) => {
          let nodes: NodeSummary[] = [];
          for (const [index, { parentChoice, fields }] of shape.entries()) {
            const parentId = index === 0 || parentChoice < 0 ? null : (parentChoice % index) + 1;
            const position = nodes.filter((node) => node.parentId === parentId).length;
            nodes.push(withFields(blankNode(index + 1, parentId, position), fields, false));
          }
          const input = (current: NodeSummary[]): EvaluationInput => ({
            nodes: current,
            authorities: [
              { key: 'a', type: 'case' },
              { key: 'b', type: 'treaty' },
            ],
            caseSide,
            thresholds: DEFAULT_THRESHOLDS,
          });
          const live = new LiveEvaluation(input(nodes));
          let nextId = shape.length + 1;
          for (const edit of edits) {
            const result = applyStructuralEdit(nodes, edit, nextId++);
            nodes = result.nodes;
            const delta = live.update(result.changed, result.removed);
            expect(delta).toBeDefined();
            expectSameEvaluation(live, input(nodes));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says which statuses and findings a structural edit changed, removed nodes included', () => {
    const nodes = [
      { ...blankNode(1, null, 0), kind: 'issue' as const, title: 'Issue' },
      { ...blankNode(2, 1, 0), title: 'Claim' },
      { ...blankNode(3, 2, 0), kind: 'evidence' as const, title: '', weight: 'strong' as const },
    ];
    const input = {
      nodes,
      authorities: [],
      caseSide: 'applicant' as const,
      thresholds: DEFAULT_THRESHOLDS,
    };
    const live = new LiveEvaluation(input);
    expect(live.findings.some((finding) => finding.nodeId === 3)).toBe(true);
    const delta = live.update([], [3])!;
    expect(delta.statusIds).toContain(3);
    expect(delta.findings.get(3)).toEqual([]);
    expect(live.statuses.has(3)).toBe(false);
    const added = live.update([{ ...blankNode(4, 1, 1), kind: 'claim' as const, title: 'Second claim' }])!;
    expect(added.statusIds).toContain(4);
    expect(live.statuses.has(4)).toBe(true);
  });
});
