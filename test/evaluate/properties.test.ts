import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluate, GAP_RULES } from '../../app/evaluate';
import {
  ASSESSMENTS,
  AUTHORITY_TYPES,
  CASE_SIDES,
  DEFAULT_THRESHOLDS,
  MODES,
  NODE_KINDS,
  type NodeSummary,
  PROOF_STANDARDS,
  SIDES,
  type Status,
  UNWEIGHED_KINDS,
  WEIGHTS,
} from '../../app/model/types';

const STATUS_RANK: Record<Status, number> = { established: 2, contested: 1, unsupported: 0, defeated: 0 };

const nodeArbitrary = fc.record({
  parentChoice: fc.integer({ min: -3, max: 1000 }),
  position: fc.integer({ min: -3, max: 3 }),
  shuffledPosition: fc.integer({ min: -3, max: 3 }),
  kind: fc.constantFrom(...NODE_KINDS),
  title: fc.constantFrom('', ' ', 'Title', 'A title long enough to be shortened when it is quoted in a message'),
  side: fc.option(fc.constantFrom(...SIDES)),
  mode: fc.option(fc.constantFrom(...MODES)),
  standard: fc.option(fc.constantFrom(...PROOF_STANDARDS)),
  weight: fc.option(fc.constantFrom(...WEIGHTS)),
  assessment: fc.option(fc.constantFrom(...ASSESSMENTS)),
  disputed: fc.boolean(),
  citations: fc.array(
    fc.record({ key: fc.constantFrom('a', 'b', 'c', 'missing'), pinpoint: fc.constantFrom('', 'para 1') }),
    { maxLength: 3 },
  ),
});

const caseArbitrary = fc
  .record({
    specs: fc.array(nodeArbitrary, { minLength: 1, maxLength: 40 }),
    extraAuthorities: fc.subarray(['b', 'c', 'unused']),
    authorityType: fc.constantFrom(...AUTHORITY_TYPES),
    caseSide: fc.constantFrom(...CASE_SIDES),
    thresholds: fc.record({
      clearAndConvincing: fc.record({
        base: fc.double({ min: 0, max: 1, noNaN: true }),
        margin: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      beyondReasonableDoubt: fc.record({
        base: fc.double({ min: 0, max: 1, noNaN: true }),
        maxCon: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    }),
  })
  .map(({ specs, extraAuthorities, authorityType, caseSide, thresholds }) => {
    const nodes: NodeSummary[] = specs.map((spec, index) => ({
      id: index + 1,
      parentId: index === 0 || spec.parentChoice < 0 ? null : (spec.parentChoice % index) + 1,
      position: spec.position,
      kind: spec.kind,
      title: spec.title,
      side: spec.side,
      mode: spec.mode,
      standard: spec.standard,
      weight: spec.weight,
      assessment: spec.assessment,
      disputed: spec.disputed,
      tags: [],
      speaker: null,
      minutes: null,
      difficulty: null,
      citations: spec.citations,
    }));
    const authorities = ['a', ...extraAuthorities].map((key) => ({ key, type: authorityType }));
    const input: EvaluationInput = { nodes, authorities, caseSide, thresholds };
    return { input, shuffledPositions: specs.map((spec) => spec.shuffledPosition) };
  });

function leaf(id: number, parentId: number, fields: Partial<NodeSummary>): NodeSummary {
  return {
    id,
    parentId,
    position: 100,
    kind: 'evidence',
    title: 'Added',
    side: null,
    mode: null,
    standard: null,
    weight: null,
    assessment: null,
    disputed: false,
    tags: [],
    speaker: null,
    minutes: null,
    difficulty: null,
    citations: [{ key: 'a', pinpoint: 'para 1' }],
    ...fields,
  } as NodeSummary;
}

function withNodes(input: EvaluationInput, nodes: NodeSummary[]): EvaluationInput {
  return { ...input, nodes };
}

function standing(input: EvaluationInput, id: number): { rank: number; weight: number } {
  const evaluation = evaluate(input);
  return { rank: STATUS_RANK[evaluation.statuses.get(id)!], weight: evaluation.weights.get(id)! };
}

function expectNotAbove(after: { rank: number; weight: number }, before: { rank: number; weight: number }): void {
  expect(after.rank).toBeLessThanOrEqual(before.rank);
  expect(after.weight).toBeLessThanOrEqual(before.weight + 1e-9);
}

describe('evaluate: properties of random trees', () => {
  it('never throws, weighs every node but notes within [0, 1] and reports findings about real nodes', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const { statuses, weights, findings } = evaluate(input);
        for (const node of input.nodes) {
          const weight = weights.get(node.id);
          if (UNWEIGHED_KINDS.includes(node.kind)) {
            expect(statuses.has(node.id) || weights.has(node.id)).toBe(false);
          } else {
            expect(statuses.get(node.id)).toBeDefined();
            expect(weight).toBeGreaterThanOrEqual(0);
            expect(weight).toBeLessThanOrEqual(1);
          }
        }
        const ids = new Set(input.nodes.map((node) => node.id));
        const severities = new Map(GAP_RULES.map((rule) => [rule.id, rule.severity]));
        for (const finding of findings) {
          expect(finding.nodeId === null || ids.has(finding.nodeId)).toBe(true);
          expect(finding.severity).toBe(severities.get(finding.rule));
          expect(finding.message.trim() && finding.hint.trim()).toBeTruthy();
        }
      }),
    );
  });

  it('survives parents that are missing, the node itself, or cycles', () => {
    const tangled = fc.array(
      fc.record({ parent: fc.integer({ min: -1, max: 12 }), kind: fc.constantFrom(...NODE_KINDS) }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(tangled, (specs) => {
        const nodes = specs.map((spec, index) =>
          leaf(index + 1, 0, { parentId: spec.parent < 0 ? null : spec.parent, kind: spec.kind, position: index }),
        );
        const { statuses } = evaluate({ nodes, authorities: [], caseSide: 'both', thresholds: DEFAULT_THRESHOLDS });
        expect(statuses.size).toBe(nodes.filter((node) => !UNWEIGHED_KINDS.includes(node.kind)).length);
      }),
    );
  });

  it('an established counter never raises the status or weight of the node it attacks', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), ({ input }, choice) => {
        const target = input.nodes[choice % input.nodes.length]!;
        fc.pre(!UNWEIGHED_KINDS.includes(target.kind));
        const next = input.nodes.length + 1;
        const attacked = withNodes(input, [
          ...input.nodes,
          leaf(next, target.id, { kind: 'counter', standard: 'scintilla', citations: [] }),
          leaf(next + 1, next, { kind: 'rule' }),
          leaf(next + 2, next, { weight: 'strong', assessment: 'accepted' }),
        ]);
        expect(evaluate(attacked).statuses.get(next)).toBe('established');
        expectNotAbove(standing(attacked, target.id), standing(input, target.id));
      }),
    );
  });

  it('accepted evidence added to a claim in mode any never lowers it', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), fc.constantFrom(...WEIGHTS), ({ input }, choice, weight) => {
        const targetIndex = choice % input.nodes.length;
        const nodes = input.nodes.map((node, index) =>
          index === targetIndex ? { ...node, kind: 'claim' as const, mode: 'any' as const } : node,
        );
        const targetId = nodes[targetIndex]!.id;
        const before = withNodes(input, nodes);
        const after = withNodes(input, [
          ...nodes,
          leaf(nodes.length + 1, targetId, { weight, assessment: 'accepted' }),
        ]);
        expectNotAbove(standing(before, targetId), standing(after, targetId));
      }),
    );
  });

  it('removing rejected evidence from a claim in mode all never lowers it', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), fc.constantFrom('all' as const, null), ({ input }, choice, mode) => {
        const targetIndex = choice % input.nodes.length;
        const nodes = input.nodes.map((node, index) =>
          index === targetIndex ? { ...node, kind: 'claim' as const, mode } : node,
        );
        const targetId = nodes[targetIndex]!.id;
        const without = withNodes(input, nodes);
        const rejected = leaf(nodes.length + 1, targetId, { weight: 'strong', assessment: 'rejected' });
        const withRejected = withNodes(input, [...nodes, rejected]);
        expectNotAbove(standing(withRejected, targetId), standing(without, targetId));
      }),
    );
  });

  it('establishes a claim, issue, counter or response only when its support holds (every element, or one ground)', () => {
    const supporting = new Set(['claim', 'rule', 'evidence']);
    const argued = new Set(['issue', 'claim', 'counter', 'response']);
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const { statuses } = evaluate(input);
        for (const node of input.nodes) {
          if (!argued.has(node.kind) || statuses.get(node.id) !== 'established') continue;
          const support = input.nodes.filter((child) => child.parentId === node.id && supporting.has(child.kind));
          const established = support.filter((child) => statuses.get(child.id) === 'established');
          if (node.mode === 'any') expect(established.length).toBeGreaterThan(0);
          else expect(established.length).toBe(support.length);
          expect(support.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never establishes evidence that cites no authority of the case, and halves its weight at least', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const keys = new Set(input.authorities.map((authority) => authority.key));
        const { statuses, weights } = evaluate(input);
        for (const node of input.nodes) {
          if (node.kind !== 'evidence' || node.citations.some((citation) => keys.has(citation.key))) continue;
          expect(statuses.get(node.id)).not.toBe('established');
          expect(weights.get(node.id)!).toBeLessThanOrEqual(0.9 * 0.5 * 0.5 + 1e-9);
        }
      }),
    );
  });

  it('citing a source for evidence never lowers that evidence', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), ({ input }, choice) => {
        const evidence = input.nodes.filter((node) => node.kind === 'evidence');
        fc.pre(evidence.length > 0);
        const target = evidence[choice % evidence.length]!;
        const uncited = withNodes(
          input,
          input.nodes.map((node) => (node.id === target.id ? { ...node, citations: [] } : node)),
        );
        const cited = withNodes(
          input,
          input.nodes.map((node) =>
            node.id === target.id ? { ...node, citations: [{ key: 'a', pinpoint: 'para 1' }] } : node,
          ),
        );
        expectNotAbove(standing(uncited, target.id), standing(cited, target.id));
      }),
    );
  });

  it('does not depend on the order of siblings or of the input array', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ input, shuffledPositions }) => {
        const shuffled = withNodes(
          input,
          input.nodes.map((node, index) => ({ ...node, position: shuffledPositions[index]! })).reverse(),
        );
        const original = evaluate(input);
        const reordered = evaluate(shuffled);
        expect(reordered.statuses).toEqual(original.statuses);
        expect(reordered.weights).toEqual(original.weights);
        const sorted = (findings: object[]) => findings.map((finding) => JSON.stringify(finding)).sort();
        expect(sorted(reordered.findings)).toEqual(sorted(original.findings));
      }),
    );
  });

  it('does not depend on how the ids are numbered', () => {
    const spread = (id: number) => id * 1_000_003 - 7;
    fc.assert(
      fc.property(caseArbitrary, ({ input }) => {
        const renumbered = withNodes(
          input,
          input.nodes.map((node) => ({
            ...node,
            id: spread(node.id),
            parentId: node.parentId === null ? null : spread(node.parentId),
          })),
        );
        const original = evaluate(input);
        const result = evaluate(renumbered);
        expect([...result.statuses]).toEqual([...original.statuses].map(([id, status]) => [spread(id), status]));
        expect(result.findings.map((finding) => finding.rule)).toEqual(
          original.findings.map((finding) => finding.rule),
        );
      }),
    );
  });

  it('evaluates a chain 100,000 levels deep without running out of stack', () => {
    const depth = 100_000;
    const nodes = Array.from({ length: depth }, (_, index) =>
      leaf(
        index + 1,
        index,
        index === depth - 1 ? { weight: 'strong', assessment: 'accepted' } : { kind: 'claim', citations: [] },
      ),
    );
    nodes[0] = { ...nodes[0]!, parentId: null };
    const { statuses, weights } = evaluate({
      nodes,
      authorities: [{ key: 'a', type: 'report' }],
      caseSide: 'applicant',
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(statuses.get(1)).toBe('established');
    expect(weights.get(1)).toBe(0.9);
  });
});
