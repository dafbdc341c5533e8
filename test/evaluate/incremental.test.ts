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
            {
              id: index + 1,
              parentId: index === 0 || parentChoice < 0 ? null : (parentChoice % index) + 1,
              position: index,
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
            },
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
    expect(live.update([{ ...rejected, parentId: 1 }])).toBeUndefined();
    const untitled = live.update([{ ...nodes[2]!, title: '' }])!;
    expect([...untitled.findings.keys()]).toEqual([3]);
    expect(untitled.findings.get(3)![0]!.rule).toBe('empty-title');
  });
});
