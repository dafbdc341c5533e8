import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluate, GAP_RULES } from '../../app/evaluate';
import type { NodeSummary } from '../../app/model/types';
import {
  caseOf,
  citedRule,
  claim,
  counter,
  evidence,
  fact,
  idOf,
  issue,
  note,
  response,
  rule,
  tree,
} from './caseBuilder';

function flagged(input: EvaluationInput, ruleId: string): number[] {
  return evaluate(input)
    .findings.filter((finding) => finding.rule === ruleId)
    .map((finding) => finding.nodeId ?? Number.NaN);
}

function ids(nodes: readonly NodeSummary[], ...titles: string[]): number[] {
  return titles.map((title) => idOf(nodes, title));
}

describe('gap report', () => {
  it('lists every rule of the table once, with its severity', () => {
    expect(GAP_RULES.map((rule) => [rule.id, rule.severity])).toEqual([
      ['claim-unsupported', 'error'],
      ['claim-without-rule', 'warning'],
      ['claim-without-facts', 'warning'],
      ['evidence-without-source', 'error'],
      ['rule-without-authority', 'error'],
      ['counter-unanswered', 'warning'],
      ['citation-missing-authority', 'error'],
      ['authority-unused', 'info'],
      ['empty-title', 'error'],
      ['pinpoint-missing', 'warning'],
      ['side-unanswered', 'warning'],
      ['pinpoint-not-in-source', 'error'],
      ['quote-not-in-source', 'error'],
      ['source-missing', 'info'],
      ['question-unanswered', 'warning'],
      ['issue-without-speaker', 'warning'],
      ['speaker-over-time', 'warning'],
    ]);
  });

  it('claim-unsupported: issues, claims, counters and responses without a claim, rule or evidence child', () => {
    const nodes = tree([
      issue('empty issue'),
      issue('issue', [
        claim('claim with only a counter', [counter('bare counter', [response('bare response')])]),
        claim('claim with only a note', [note('note', [fact('noted fact', 'weak')])]),
        claim('supported', [fact('fact', 'weak')]),
      ]),
      fact('lone fact', 'weak'),
      citedRule('lone rule'),
    ]);
    expect(flagged(caseOf(nodes), 'claim-unsupported')).toEqual(
      ids(nodes, 'empty issue', 'claim with only a counter', 'bare counter', 'bare response', 'claim with only a note'),
    );
  });

  it('claim-without-rule: evidence below but no rule, not looking under counters or notes', () => {
    const nodes = tree([
      claim('facts only', [claim('sub-claim', [fact('fact 1', 'weak')])]),
      claim('rule deeper down', [claim('sub-claim with rule', [citedRule('rule 2'), fact('fact 2', 'weak')])]),
      claim('rule only in counter', [fact('fact 3', 'weak'), counter('counter 3', [citedRule('rule 3')])]),
      claim('rule only in note', [fact('fact 4', 'weak'), note('note 4', [citedRule('rule 4')])]),
      claim('evidence only in counter', [counter('counter 5', [fact('fact 5', 'weak')])]),
      issue('issue with facts', [fact('fact 6', 'weak')]),
    ]);
    expect(flagged(caseOf(nodes), 'claim-without-rule')).toEqual(
      ids(nodes, 'facts only', 'sub-claim', 'rule only in counter', 'rule only in note'),
    );
  });

  it('claim-without-facts: a rule below but no evidence, not looking under counters', () => {
    const nodes = tree([
      claim('rule only', [citedRule('rule 1')]),
      claim('evidence under a rule', [rule('rule 2', { cites: ['a'] }, [fact('fact 2', 'weak')])]),
      claim('evidence only in counter', [citedRule('rule 3'), counter('counter 3', [fact('fact 3', 'weak')])]),
      claim('nothing', []),
      claim('evidence under response', [
        counter('counter 4', [response('response 4', [citedRule('rule 4'), fact('fact 4', 'weak')])]),
        citedRule('rule 5'),
      ]),
    ]);
    expect(flagged(caseOf(nodes), 'claim-without-facts')).toEqual(
      ids(nodes, 'rule only', 'evidence only in counter', 'evidence under response'),
    );
  });

  it('evidence-without-source: evidence with no citation at all', () => {
    const nodes = tree([
      claim('claim', [
        evidence('unsourced', { weight: 'strong', assessment: 'accepted' }),
        fact('sourced', 'strong'),
        fact('sourced from a missing authority', 'strong', { cites: ['nowhere'] }),
        rule('uncited rule'),
      ]),
    ]);
    expect(flagged(caseOf(nodes), 'evidence-without-source')).toEqual(ids(nodes, 'unsourced'));
  });

  it('rule-without-authority: a rule with no citation at all', () => {
    const nodes = tree([
      claim('claim', [rule('uncited'), citedRule('cited'), rule('missing', { cites: ['nowhere'] }), evidence('fact')]),
    ]);
    expect(flagged(caseOf(nodes), 'rule-without-authority')).toEqual(ids(nodes, 'uncited'));
  });

  it('counter-unanswered: a counter with no response child', () => {
    const nodes = tree([
      claim('claim', [
        citedRule('rule'),
        counter('unanswered', [fact('fact 1', 'weak')]),
        counter('answered', [response('response', [fact('fact 2', 'weak')])]),
        counter('only a note', [note('a response to draft')]),
      ]),
    ]);
    expect(flagged(caseOf(nodes), 'counter-unanswered')).toEqual(ids(nodes, 'unanswered', 'only a note'));
  });

  it('citation-missing-authority: one finding per node and missing key, notes ignored', () => {
    const nodes = tree([
      claim('claim', [
        rule('rule', { cites: ['nowhere', 'a', 'nowhere', 'elsewhere'] }),
        fact('fact', 'weak', { cites: ['c'] }),
        note('note', { cites: ['nowhere'] }),
      ]),
    ]);
    const findings = evaluate(caseOf(nodes)).findings.filter(
      (finding) => finding.rule === 'citation-missing-authority',
    );
    expect(findings.map((finding) => [finding.nodeId, finding.authorityKey, finding.message])).toEqual([
      [idOf(nodes, 'rule'), 'nowhere', 'Rule “rule” cites “nowhere”, which is not among the authorities.'],
      [idOf(nodes, 'rule'), 'elsewhere', 'Rule “rule” cites “elsewhere”, which is not among the authorities.'],
    ]);
  });

  it('authority-unused: authorities nothing but a note cites, last and sorted by key', () => {
    const nodes = tree([claim('claim', [citedRule('rule'), note('note', { cites: ['b'] })]), evidence('')]);
    const authorities = [
      { key: 'zeta', type: 'book' as const },
      { key: 'a', type: 'treaty' as const },
      { key: 'b', type: 'case' as const },
    ];
    const { findings } = evaluate(caseOf(nodes, { authorities }));
    const unused = findings.filter((finding) => finding.rule === 'authority-unused');
    expect(unused.map((finding) => [finding.authorityKey, finding.nodeId, finding.severity])).toEqual([
      ['b', null, 'info'],
      ['zeta', null, 'info'],
    ]);
    expect(findings.slice(-2)).toEqual(unused);
  });

  it('empty-title: any node, notes included, whose title is empty or whitespace', () => {
    const nodes = tree([
      issue('issue', [claim('   ', [citedRule('\t'), fact('fact', 'weak')]), note(' ')]),
      claim('titled', [fact('', 'weak')]),
    ]);
    const findings = evaluate(caseOf(nodes)).findings.filter((finding) => finding.rule === 'empty-title');
    expect(findings.map((finding) => finding.nodeId)).toEqual([2, 3, 5, 7]);
    expect(findings[0]!.message).toBe('Untitled claim #2 under Issue “issue” has no title.');
  });

  it('pinpoint-missing: citations of treaties, UN documents, legislation and cases without a pinpoint', () => {
    const authorities = [
      { key: 'treaty', type: 'treaty' as const },
      { key: 'resolution', type: 'un_document' as const },
      { key: 'act', type: 'legislation' as const },
      { key: 'judgment', type: 'case' as const },
      { key: 'textbook', type: 'book' as const },
    ];
    const nodes = tree([
      claim('claim', [
        rule('rule', {
          cites: [
            ['treaty', ''],
            ['treaty', ' '],
            ['resolution', 'para 8(a)'],
            ['textbook', ''],
          ],
        }),
        fact('fact', 'weak', {
          cites: [
            ['resolution', ''],
            ['nowhere', ''],
          ],
        }),
        rule('other rule', {
          cites: [
            ['act', ''],
            ['judgment', ''],
          ],
        }),
        note('note', { cites: [['treaty', '']] }),
      ]),
    ]);
    const findings = evaluate(caseOf(nodes, { authorities })).findings.filter(
      (finding) => finding.rule === 'pinpoint-missing',
    );
    expect(findings.map((finding) => finding.nodeId)).toEqual(ids(nodes, 'rule', 'fact', 'other rule', 'other rule'));
    expect(findings[0]!.message).toBe('Rule “rule” cites “treaty” (a treaty) without a pinpoint.');
  });

  it('side-unanswered: only for both sides, a claim without a counter child of the other side', () => {
    const nodes = tree([
      claim('applicant claim', [citedRule('rule 1')]),
      claim('answered', [citedRule('rule 2'), counter('respondent counter')]),
      claim('answered by own side', [counter('applicant counter', { side: 'applicant' })]),
      claim('respondent claim', { side: 'respondent' }, [counter('applicant objection')]),
      claim('answered only deeper down', [claim('sub-claim', [counter('deep counter')])]),
      note('note', [claim('claim under a note')]),
      issue('respondent issue', { side: 'respondent' }, [
        claim('inherits respondent', [counter('counter side', { side: 'respondent' })]),
      ]),
    ]);
    expect(flagged(caseOf(nodes, { caseSide: 'both' }), 'side-unanswered')).toEqual(
      ids(
        nodes,
        'applicant claim',
        'answered by own side',
        'answered only deeper down',
        'claim under a note',
        'inherits respondent',
      ),
    );
    expect(flagged(caseOf(nodes, { caseSide: 'applicant' }), 'side-unanswered')).toEqual([]);
    const finding = evaluate(caseOf(nodes, { caseSide: 'both' })).findings.find(
      (item) => item.rule === 'side-unanswered',
    );
    expect(finding?.message).toBe('Claim “applicant claim” of the applicant has no counter from the respondent.');
  });

  it('an empty case reports only its unused authorities', () => {
    const evaluation = evaluate(caseOf([], { authorities: [{ key: 'a', type: 'book' }] }));
    expect(evaluation.statuses.size).toBe(0);
    expect(evaluation.findings.map((finding) => [finding.rule, finding.authorityKey])).toEqual([
      ['authority-unused', 'a'],
    ]);
  });

  it('a sound argument has no findings', () => {
    const nodes = tree([
      issue('issue', [
        claim('claim', [
          citedRule('rule'),
          fact('fact', 'strong'),
          counter('counter', [
            citedRule('counter rule'),
            fact('counter fact', 'weak'),
            response('answer', [fact('answer fact', 'strong')]),
          ]),
        ]),
      ]),
    ]);
    expect(
      evaluate(
        caseOf(nodes, {
          authorities: [
            { key: 'a', type: 'book' },
            { key: 'c', type: 'report' },
          ],
        }),
      ).findings,
    ).toEqual([]);
  });

  it('orders findings by node in reading order, then by rule, authorities last', () => {
    const nodes = tree([claim('second', [rule('')]), claim('first', [evidence('x')])]).map((node) =>
      node.title === 'first' ? { ...node, position: -1 } : node,
    );
    const { findings } = evaluate(
      caseOf(nodes, {
        authorities: [
          { key: 'b', type: 'book' },
          { key: 'a', type: 'book' },
        ],
      }),
    );
    expect(findings.map((finding) => [finding.nodeId, finding.rule, finding.authorityKey])).toEqual([
      [3, 'claim-without-rule', undefined],
      [4, 'evidence-without-source', undefined],
      [1, 'claim-without-facts', undefined],
      [2, 'rule-without-authority', undefined],
      [2, 'empty-title', undefined],
      [null, 'authority-unused', 'a'],
      [null, 'authority-unused', 'b'],
    ]);
  });

  it('quotes long titles shortened to 60 characters and gives every finding a hint', () => {
    const title = `The transfer of the vessels ${'and their cargo '.repeat(10)}breached the resolution`;
    const nodes = tree([claim(title)]);
    const [finding] = evaluate(caseOf(nodes, { authorities: [] })).findings;
    expect(finding?.message).toMatch(
      /^Claim “The transfer of the vessels and their cargo and their cargo…” has nothing/,
    );
    expect(finding?.hint).toMatch(/^Add a rule that states the legal test/);
  });
});
