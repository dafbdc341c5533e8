import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../app/evaluate';
import { DEFAULT_THRESHOLDS } from '../../app/model/types';
import {
  caseOf,
  citedRule,
  claim,
  counter,
  evidence,
  fact,
  idOf,
  issue,
  type NodeSpec,
  note,
  response,
  rule,
  tree,
} from './caseBuilder';

const cases: { name: string; roots: NodeSpec[]; expected: Record<string, string> }[] = [
  {
    name: 'evidence',
    roots: [
      fact('Accepted', 'strong'),
      fact('Disputed fact', 'moderate', { assessment: 'contested' }),
      evidence('Bare fact', { weight: 'strong', assessment: 'accepted' }),
      evidence('Unassessed', { cites: ['c'] }),
      fact('Rejected', 'strong', { assessment: 'rejected' }),
    ],
    expected: {
      Accepted: 'Established: strong, accepted evidence with a source.',
      'Disputed fact': 'Contested: it is assessed as contested.',
      'Bare fact': 'Contested: it cites no source, and a fact without a source is only an allegation.',
      Unassessed: 'Contested: it is not yet assessed as accepted.',
      Rejected: 'Defeated: the evidence is assessed as rejected.',
    },
  },
  {
    name: 'rules',
    roots: [
      citedRule('Cited'),
      citedRule('Disputed', { disputed: true }),
      rule('Bare rule'),
      rule('Dangling', { cites: ['nowhere'] }),
    ],
    expected: {
      Cited: 'Established: it cites an authority for the rule.',
      Disputed: 'Contested: the rule is marked disputed.',
      'Bare rule': 'Unsupported: it cites no authority for the rule.',
      Dangling: 'Unsupported: the authorities it cites are not in the case.',
    },
  },
  {
    name: 'claims and issues: the element or ground that decides',
    roots: [
      issue('Empty issue'),
      claim('Empty claim', [note('only a note')]),
      claim('On contested evidence', [
        citedRule('Rule 1'),
        fact('The shipments', 'strong', { assessment: 'contested' }),
      ]),
      claim('Two weak points', [
        rule('Rule 2', { cites: ['a'], disputed: true }),
        evidence('Fact 2', { weight: 'weak', cites: ['c'] }),
      ]),
      claim('Missing rule', [rule('Uncited rule'), fact('Fact 3', 'strong')]),
      claim('Whole', [citedRule('Rule 4'), fact('Fact 4', 'strong')]),
      claim('Alternatives', { mode: 'any' }, [fact('Ground A', 'moderate'), fact('Ground B', 'strong')]),
      claim('Weak alternatives', { mode: 'any' }, [fact('Ground C', 'strong', { assessment: 'contested' })]),
    ],
    expected: {
      'Empty issue': 'Unsupported: nothing supports it yet: add the claims that answer it.',
      'Empty claim': 'Unsupported: nothing supports it yet: add a rule and the evidence for it.',
      'On contested evidence': 'Contested: its evidence “The shipments” is contested.',
      'Two weak points': 'Contested: its rule “Rule 2” is contested, and 1 other element is not established.',
      'Missing rule': 'Unsupported: its rule “Uncited rule” is unsupported, and every element is needed.',
      Whole: 'Established: all 2 elements below it are established.',
      Alternatives: 'Established: its evidence “Ground B” is established, and one ground suffices.',
      'Weak alternatives':
        'Contested: none of its alternative grounds is established; the strongest, “Ground C” (evidence) is contested.',
    },
  },
  {
    name: 'counters, responses and standards',
    roots: [
      claim('Outweighed', [
        citedRule('Rule 1'),
        fact('Fact 1', 'moderate'),
        counter('Self-defence', [citedRule('Rule 2'), fact('Fact 2', 'strong')]),
      ]),
      claim('Withstands', [
        citedRule('Rule 3'),
        fact('Fact 3', 'strong'),
        counter('Weak objection', [citedRule('Rule 4'), fact('Fact 4', 'weak')]),
      ]),
      claim('Answered', [
        citedRule('Rule 5'),
        fact('Fact 5', 'moderate'),
        counter('Answered counter', [
          citedRule('Rule 6'),
          fact('Fact 6', 'strong'),
          response('The answer', [citedRule('Rule 7'), fact('Fact 7', 'strong')]),
        ]),
      ]),
      evidence('Weakly attacked', { weight: 'strong', assessment: 'accepted' }, [
        counter('Moderate doubt', [fact('Fact 11', 'moderate')]),
      ]),
      claim('Not clear', { standard: 'clear_and_convincing' }, [citedRule('Rule 8'), fact('Fact 8', 'moderate')]),
      claim('In doubt', { standard: 'beyond_reasonable_doubt' }, [
        fact('Fact 9', 'strong'),
        counter('Doubt', [fact('Fact 10', 'weak')]),
      ]),
    ],
    expected: {
      Outweighed: 'Defeated: the counter “Self-defence” outweighs it (0.90 against 0.60).',
      'Weakly attacked': 'Defeated: the counter “Moderate doubt” outweighs it (0.60 against 0.45).',
      Withstands:
        'Established: all 2 elements below it are established, and the counter “Weak objection” does not outweigh it.',
      'Answered counter':
        'Defeated: the response “The answer” is as strong as its support (0.90 each), and an objection that is not outweighed prevails.',
      Answered: 'Established: all 2 elements below it are established.',
      'Not clear':
        'Contested: its support of 0.60 is not clear and convincing (that needs 0.70, and 0.30 more than the strongest objection).',
      'In doubt':
        'Contested: its support of 0.90 against an objection of 0.30 is not beyond reasonable doubt (that needs 0.90, with no objection above 0.10).',
    },
  },
];

describe('evaluate: why each node has its status', () => {
  it.each(cases)('$name', ({ roots, expected }) => {
    const nodes = tree(roots);
    const evaluation = evaluate(caseOf(nodes));
    const actual = Object.fromEntries(
      Object.keys(expected).map((title) => [title, evaluation.explain(idOf(nodes, title))]),
    );
    expect(actual).toEqual(expected);
  });

  it('gives notes and unknown ids no reason', () => {
    const nodes = tree([note('A note')]);
    const evaluation = evaluate(caseOf(nodes));
    expect(evaluation.explain(idOf(nodes, 'A note'))).toBeNull();
    expect(evaluation.explain(999)).toBeNull();
  });

  it('starts every reason with the status it explains, in random trees', () => {
    const kinds = ['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note'] as const;
    const specs = fc.array(
      fc.record({
        parent: fc.nat(),
        kind: fc.constantFrom(...kinds),
        cited: fc.boolean(),
        assessment: fc.constantFrom('accepted', 'contested', 'rejected', null),
        any: fc.boolean(),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(specs, (list) => {
        const nodes = list.map((spec, index) => ({
          id: index + 1,
          parentId: index === 0 ? null : (spec.parent % index) + 1,
          position: index,
          kind: spec.kind,
          title: index % 3 === 0 ? '' : `Node ${index}`,
          side: null,
          mode: spec.any ? ('any' as const) : null,
          standard: null,
          weight: null,
          assessment: spec.assessment,
          disputed: false,
          tags: [],
          speaker: null,
          minutes: null,
          difficulty: null,
          citations: spec.cited ? [{ key: 'a', pinpoint: '' }] : [],
        }));
        const evaluation = evaluate({
          nodes,
          authorities: [{ key: 'a', type: 'treaty' }],
          caseSide: 'applicant',
          thresholds: DEFAULT_THRESHOLDS,
        });
        for (const node of nodes) {
          const status = evaluation.statuses.get(node.id);
          const reason = evaluation.explain(node.id);
          if (status === undefined) expect(reason).toBeNull();
          else expect(reason).toMatch(new RegExp(`^${status.charAt(0).toUpperCase()}${status.slice(1)}: \\S.*[.]$`));
        }
      }),
    );
  });
});
