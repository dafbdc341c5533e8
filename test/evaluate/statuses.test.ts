import { describe, expect, it } from 'vitest';
import { evaluate } from '../../app/evaluate';
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
import { itGivesEachCaseItsStatuses, type StatusCase, strongCounter } from './statusTable';

const cases: StatusCase[] = [
  {
    name: 'evidence: weight times assessment',
    roots: [
      fact('strong accepted', 'strong'),
      fact('moderate accepted', 'moderate'),
      fact('weak accepted', 'weak'),
      fact('strong contested', 'strong', { assessment: 'contested' }),
      fact('weak contested', 'weak', { assessment: 'contested' }),
      fact('strong rejected', 'strong', { assessment: 'rejected' }),
      evidence('unweighed'),
    ],
    expected: {
      'strong accepted': ['established', 0.9],
      'moderate accepted': ['established', 0.6],
      'weak accepted': ['established', 0.3],
      'strong contested': ['contested', 0.225],
      'weak contested': ['contested', 0.075],
      'strong rejected': ['defeated', 0],
      unweighed: ['contested', 0.15],
    },
  },
  {
    name: 'rules: cited, disputed, uncited, citing only a missing authority',
    roots: [
      citedRule('cited'),
      citedRule('disputed', { disputed: true }),
      rule('uncited'),
      rule('uncited disputed', { disputed: true }),
      rule('missing authority', { cites: ['nowhere'] }),
      rule('one of two exists', { cites: ['nowhere', 'b'] }),
    ],
    expected: {
      cited: ['established', 1],
      disputed: ['contested', 0.25],
      uncited: ['unsupported', 0],
      'uncited disputed': ['unsupported', 0],
      'missing authority': ['unsupported', 0],
      'one of two exists': ['established', 1],
    },
  },
  {
    name: 'worked example 1: a cited rule and accepted strong evidence establish a claim',
    roots: [claim('claim', [citedRule('rule'), fact('fact', 'strong')])],
    expected: { claim: ['established', 0.9], rule: ['established', 1], fact: ['established', 0.9] },
  },
  {
    name: 'worked example 2: a moderate claim attacked by an established strong counter is defeated',
    roots: [claim('claim', [citedRule('rule'), fact('fact', 'moderate'), strongCounter('counter')])],
    expected: { claim: ['defeated', 0], counter: ['established', 0.9] },
  },
  {
    name: 'worked example 3: the counter answered by an established strong response is defeated',
    roots: [
      claim('claim', [
        citedRule('rule'),
        fact('fact', 'moderate'),
        strongCounter('counter', [response('response', [citedRule('answer'), fact('answer fact', 'strong')])]),
      ]),
    ],
    expected: { claim: ['established', 0.6], counter: ['defeated', 0], response: ['established', 0.9] },
  },
  {
    name: 'a claim with no support is unsupported, as are an issue, counter and response',
    roots: [
      issue('issue'),
      claim('claim'),
      claim('attacked', [counter('empty counter', [response('empty response')])]),
    ],
    expected: {
      issue: ['unsupported', 0],
      claim: ['unsupported', 0],
      attacked: ['unsupported', 0],
      'empty counter': ['unsupported', 0],
      'empty response': ['unsupported', 0],
    },
  },
  {
    name: 'mode all takes the weakest support, mode any the strongest, no mode means all',
    roots: [
      claim('all', { mode: 'all' }, [citedRule('rule 1'), fact('weak 1', 'weak')]),
      claim('any', { mode: 'any' }, [citedRule('rule 2'), fact('weak 2', 'weak')]),
      claim('default', [citedRule('rule 3'), fact('weak 3', 'weak')]),
      claim('all with rejected', [citedRule('rule 4'), fact('rejected 4', 'strong', { assessment: 'rejected' })]),
      claim('any with rejected', { mode: 'any' }, [
        fact('moderate 5', 'moderate'),
        evidence('rejected 5', { weight: 'strong', assessment: 'rejected' }),
      ]),
    ],
    expected: {
      all: ['established', 0.3],
      any: ['established', 1],
      default: ['established', 0.3],
      'all with rejected': ['unsupported', 0],
      'any with rejected': ['established', 0.6],
    },
  },
  {
    name: 'issues, counters and responses combine their support by mode too',
    roots: [
      issue('issue', { mode: 'any' }, [
        claim('strong claim', [citedRule('rule 1'), fact('fact 1', 'strong')]),
        claim('weak claim', [citedRule('rule 2'), fact('fact 2', 'weak')]),
      ]),
      issue('issue all', [claim('claim 3', [fact('fact 3', 'moderate')]), claim('claim 4', [fact('fact 4', 'weak')])]),
      claim('target', [
        citedRule('rule 5'),
        counter('counter any', { mode: 'any' }, [fact('fact 6', 'weak'), fact('fact 7', 'moderate')]),
      ]),
    ],
    expected: {
      issue: ['established', 0.9],
      'issue all': ['established', 0.3],
      'counter any': ['established', 0.6],
      target: ['established', 1],
    },
  },
  {
    name: 'counters on evidence and on rules',
    roots: [
      evidence('attacked fact', { weight: 'strong', assessment: 'accepted', cites: ['c'] }, [strongCounter('on fact')]),
      rule('attacked rule', { cites: ['a'] }, [counter('full counter', [citedRule('rule 2')])]),
      rule('outweighed rule', { cites: ['a'] }, [strongCounter('on rule')]),
    ],
    expected: {
      'attacked fact': ['defeated', 0],
      'attacked rule': ['defeated', 0],
      'full counter': ['established', 1],
      'outweighed rule': ['established', 1],
    },
  },
  {
    name: 'contested evidence and disputed rules stay contested at best: an objection never raises them',
    roots: [
      fact('contested fact', 'strong', { assessment: 'contested' }),
      citedRule('disputed rule', { disputed: true }),
      rule('disputed under failed attack', { cites: ['a'], disputed: true }, [counter('failed counter')]),
      evidence('contested, weakly attacked', { weight: 'strong', assessment: 'contested' }, [
        counter('weak counter', [fact('fact 1', 'weak')]),
      ]),
      rule('disputed, strongly attacked', { cites: ['a'], disputed: true }, [strongCounter('strong counter')]),
    ],
    expected: {
      'contested fact': ['contested', 0.225],
      'disputed rule': ['contested', 0.25],
      'disputed under failed attack': ['contested', 0.25],
      'failed counter': ['unsupported', 0],
      'contested, weakly attacked': ['contested', 0.225],
      'disputed, strongly attacked': ['defeated', 0],
    },
  },
  {
    name: 'support must hold: a claim whose only evidence is contested, or uncited, is contested, never established',
    roots: [
      claim('on contested evidence', [fact('contested 1', 'strong', { assessment: 'contested' })]),
      claim('on uncited evidence', [evidence('uncited 2', { weight: 'strong', assessment: 'accepted' })]),
      claim('rule and contested evidence', [
        citedRule('rule 3'),
        fact('contested 3', 'moderate', { assessment: 'contested' }),
      ]),
      claim('on a disputed rule', [citedRule('disputed 4', { disputed: true }), fact('fact 4', 'strong')]),
    ],
    expected: {
      'on contested evidence': ['contested', 0.1125],
      'contested 1': ['contested', 0.225],
      'on uncited evidence': ['contested', 0.1125],
      'uncited 2': ['contested', 0.225],
      'rule and contested evidence': ['contested', 0.075],
      'on a disputed rule': ['contested', 0.125],
    },
  },
  {
    name: 'evidence without a source is an allegation: halved as if contested, contested at best, until a source is cited',
    roots: [
      evidence('uncited strong', { weight: 'strong', assessment: 'accepted' }),
      evidence('uncited weak', { weight: 'weak', assessment: 'accepted' }),
      evidence('uncited and contested', { weight: 'strong', assessment: 'contested' }),
      evidence('uncited and rejected', { weight: 'strong', assessment: 'rejected' }),
      evidence('citing a missing authority', { weight: 'strong', assessment: 'accepted', cites: ['nowhere'] }),
      evidence('citing one existing authority', { weight: 'strong', assessment: 'accepted', cites: ['nowhere', 'a'] }),
      evidence('uncited under a weak counter', { weight: 'strong', assessment: 'accepted' }, [
        counter('weak counter', [fact('weak fact', 'weak')]),
      ]),
      evidence('uncited under a moderate counter', { weight: 'strong', assessment: 'accepted' }, [
        counter('moderate counter', [fact('moderate fact', 'moderate')]),
      ]),
    ],
    expected: {
      'uncited strong': ['contested', 0.225],
      'uncited weak': ['contested', 0.075],
      'uncited and contested': ['contested', 0.225],
      'uncited and rejected': ['defeated', 0],
      'citing a missing authority': ['contested', 0.225],
      'citing one existing authority': ['established', 0.9],
      'weak counter': ['established', 0.3],
      'uncited under a weak counter': ['contested', 0.225],
      'moderate counter': ['established', 0.6],
      'uncited under a moderate counter': ['defeated', 0],
    },
  },
  {
    name: 'support must hold in mode all: every supporting child established; in mode any: one of them',
    roots: [
      claim('all, one contested', [
        citedRule('rule 1'),
        fact('fact 1', 'strong'),
        fact('contested 1', 'strong', { assessment: 'contested' }),
      ]),
      claim('any, one established', { mode: 'any' }, [
        fact('contested 2', 'strong', { assessment: 'contested' }),
        fact('weak 2', 'weak'),
      ]),
      claim('any, none established', { mode: 'any' }, [
        fact('contested 3', 'strong', { assessment: 'contested' }),
        citedRule('disputed 3', { disputed: true }),
      ]),
      claim('all, an unsupported sub-claim', [citedRule('rule 4'), claim('empty sub-claim')]),
    ],
    expected: {
      'all, one contested': ['contested', 0.1125],
      'any, one established': ['established', 0.3],
      'any, none established': ['contested', 0.125],
      'all, an unsupported sub-claim': ['unsupported', 0],
    },
  },
  {
    name: 'support must hold up the tree: an issue over a contested claim is contested, and so is an issue on weak ground',
    roots: [
      issue('issue on contested ground', [
        claim('established claim', [citedRule('rule 1'), fact('fact 1', 'strong')]),
        claim('contested claim', [citedRule('rule 2'), fact('fact 2', 'strong', { assessment: 'contested' })]),
      ]),
      issue('issue with an alternative', { mode: 'any' }, [
        claim('established alternative', [citedRule('rule 3'), fact('fact 3', 'moderate')]),
        claim('contested alternative', [citedRule('rule 4'), fact('fact 4', 'strong', { assessment: 'contested' })]),
      ]),
    ],
    expected: {
      'established claim': ['established', 0.9],
      'contested claim': ['contested', 0.1125],
      'issue on contested ground': ['contested', 0.05625],
      'issue with an alternative': ['established', 0.6],
    },
  },
  {
    name: 'support must hold for counters and responses too: a counter on contested evidence weighs half as much',
    roots: [
      claim('claim', [
        citedRule('rule'),
        fact('fact', 'moderate'),
        counter('counter on contested evidence', [
          citedRule('counter rule'),
          fact('counter fact', 'strong', { assessment: 'contested' }),
        ]),
      ]),
    ],
    expected: { 'counter on contested evidence': ['contested', 0.1125], claim: ['established', 0.6] },
  },
  {
    name: 'a fresh template claim (two cited rules, two uncited placeholder facts) is contested, not established',
    roots: [
      issue('issue', [
        claim('brief answer', [citedRule('rule 1'), citedRule('rule 2'), evidence('fact 1'), evidence('fact 2')]),
      ]),
    ],
    expected: { 'brief answer': ['contested', 0.075], issue: ['contested', 0.0375] },
  },
  {
    name: 'a response attacked by its own counter no longer defeats the counter',
    roots: [
      claim('claim', [
        citedRule('rule'),
        fact('fact', 'moderate'),
        strongCounter('counter', [
          response('response', [citedRule('answer'), fact('answer fact', 'strong'), strongCounter('rebuttal')]),
        ]),
      ]),
    ],
    expected: {
      response: ['defeated', 0],
      rebuttal: ['established', 0.9],
      counter: ['established', 0.9],
      claim: ['defeated', 0],
    },
  },
  {
    name: 'a response that is not under a counter neither supports nor attacks',
    roots: [claim('claim', [fact('fact', 'weak'), response('stray response', [citedRule('stray rule')])])],
    expected: { claim: ['established', 0.3], 'stray response': ['established', 1] },
  },
  {
    name: 'notes are ignored by their parent; what lies under a note is evaluated but counts for nothing above',
    roots: [
      claim('claim', [
        citedRule('rule'),
        note('note', [
          fact('noted fact', 'weak'),
          strongCounter('noted counter'),
          fact('noted rejection', 'strong', { assessment: 'rejected' }),
        ]),
      ]),
      claim('only a note', [note('lonely note', [citedRule('noted rule')])]),
    ],
    expected: {
      claim: ['established', 1],
      'noted fact': ['established', 0.3],
      'noted counter': ['established', 0.9],
      'noted rejection': ['defeated', 0],
      'only a note': ['unsupported', 0],
      'noted rule': ['established', 1],
    },
  },
];

describe('evaluate: statuses and effective weights', () => {
  itGivesEachCaseItsStatuses(cases);

  it('gives notes neither a status nor a weight, and every other node both', () => {
    const nodes = tree([claim('claim', [note('note', [fact('fact', 'weak')])]), note('top note')]);
    const { statuses, weights } = evaluate(caseOf(nodes));
    expect([...statuses.keys()].sort()).toEqual([idOf(nodes, 'claim'), idOf(nodes, 'fact')].sort());
    expect([...weights.keys()].sort()).toEqual([...statuses.keys()].sort());
  });
});
