import { describe } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../app/model/types';
import { citedRule, claim, counter, fact, response } from './caseBuilder';
import { itGivesEachCaseItsStatuses, type StatusCase, strongCounter } from './statusTable';

// The proof standards (PRODUCT.md section 4): how much support a claim needs against its strongest
// attack, with the default thresholds, changed ones, and the tolerance of floating-point sums.
const cases: StatusCase[] = [
  {
    name: 'preponderance: support must exceed the attack; equal or weaker support is defeated',
    roots: [
      claim('stronger', [
        citedRule('rule 1'),
        fact('fact 1', 'strong'),
        counter('weaker counter', [fact('fact 2', 'moderate')]),
      ]),
      claim('equal', [
        citedRule('rule 3'),
        fact('fact 3', 'strong'),
        counter('equal counter', [fact('fact 4', 'strong')]),
      ]),
    ],
    expected: { stronger: ['established', 0.9], 'weaker counter': ['established', 0.6], equal: ['defeated', 0] },
  },
  {
    name: 'the strongest attacker counts, wherever it stands among its siblings',
    roots: [
      claim('claim', [
        citedRule('rule'),
        fact('fact', 'moderate'),
        strongCounter('strong counter'),
        counter('weak counter', [fact('weak fact', 'weak')]),
      ]),
      claim('claim weak first', [
        citedRule('rule 5'),
        fact('fact 5', 'moderate'),
        counter('weak counter 5', [fact('weak fact 5', 'weak')]),
        strongCounter('strong counter 5'),
      ]),
      claim('answered claim', [
        citedRule('rule 2'),
        fact('fact 2', 'moderate'),
        strongCounter('answered counter', [
          response('weak response', [fact('fact 4', 'weak')]),
          response('strong response', [fact('fact 3', 'strong')]),
        ]),
      ]),
    ],
    expected: {
      claim: ['defeated', 0],
      'claim weak first': ['defeated', 0],
      'answered counter': ['defeated', 0],
      'answered claim': ['established', 0.6],
    },
  },
  {
    name: 'scintilla: any support meets it, even under a stronger attack; a disputed rule still only contests',
    roots: [
      claim('scintilla', { standard: 'scintilla' }, [citedRule('rule 1', { disputed: true })]),
      claim('attacked', { standard: 'scintilla' }, [
        fact('fact 2', 'weak'),
        counter('counter 2', [fact('fact 3', 'strong')]),
      ]),
    ],
    expected: { scintilla: ['contested', 0.125], attacked: ['established', 0.3] },
  },
  {
    name: 'clear and convincing with the default thresholds (0.7, margin 0.3)',
    roots: [
      claim('too weak', { standard: 'clear_and_convincing' }, [citedRule('rule 1'), fact('fact 1', 'moderate')]),
      claim('margin met', { standard: 'clear_and_convincing' }, [
        fact('fact 2', 'strong'),
        counter('counter 2', [fact('fact 3', 'moderate')]),
      ]),
      claim('margin not met', { standard: 'clear_and_convincing' }, [citedRule('rule 4'), strongCounter('counter 4')]),
    ],
    expected: {
      'too weak': ['contested', 0.3],
      'margin met': ['established', 0.9],
      'counter 4': ['established', 0.9],
      'margin not met': ['contested', 0.5],
    },
  },
  {
    name: 'clear and convincing with changed thresholds (0.5, margin 0.5)',
    thresholds: { ...DEFAULT_THRESHOLDS, clearAndConvincing: { base: 0.5, margin: 0.5 } },
    roots: [
      claim('lower base', { standard: 'clear_and_convincing' }, [citedRule('rule 1'), fact('fact 1', 'moderate')]),
      claim('wider margin', { standard: 'clear_and_convincing' }, [
        fact('fact 2', 'strong'),
        counter('counter 2', [fact('fact 3', 'moderate')]),
      ]),
    ],
    expected: { 'lower base': ['established', 0.6], 'wider margin': ['contested', 0.45] },
  },
  {
    name: 'beyond reasonable doubt with the default thresholds (0.9, attack at most 0.1)',
    roots: [
      claim('strong', { standard: 'beyond_reasonable_doubt' }, [citedRule('rule 1'), fact('fact 1', 'strong')]),
      claim('moderate', { standard: 'beyond_reasonable_doubt' }, [fact('fact 2', 'moderate')]),
      claim('slight doubt', { standard: 'beyond_reasonable_doubt' }, [
        fact('fact 3', 'strong'),
        counter('slight counter', [fact('fact 4', 'weak', { assessment: 'contested' })]),
      ]),
      claim('real doubt', { standard: 'beyond_reasonable_doubt' }, [
        fact('fact 5', 'strong'),
        counter('counter 5', [fact('fact 6', 'weak')]),
      ]),
    ],
    expected: {
      strong: ['established', 0.9],
      moderate: ['contested', 0.3],
      'slight counter': ['contested', 0.0375],
      'slight doubt': ['established', 0.9],
      'real doubt': ['contested', 0.45],
    },
  },
  {
    name: 'beyond reasonable doubt with changed thresholds (0.5, attack at most 0.3)',
    thresholds: { ...DEFAULT_THRESHOLDS, beyondReasonableDoubt: { base: 0.5, maxCon: 0.3 } },
    roots: [
      claim('moderate', { standard: 'beyond_reasonable_doubt' }, [
        fact('fact 1', 'moderate'),
        counter('counter 1', [fact('fact 2', 'weak')]),
      ]),
    ],
    expected: { moderate: ['established', 0.6] },
  },
  {
    name: 'tolerance: a threshold computed as 0.1 + 0.2 + 0.3 is met by a weight of 0.6',
    thresholds: { ...DEFAULT_THRESHOLDS, clearAndConvincing: { base: 0.1 + 0.2 + 0.3, margin: 0.1 + 0.2 } },
    roots: [
      claim('at the threshold', { standard: 'clear_and_convincing' }, [fact('fact 1', 'moderate')]),
      claim('at the margin', { standard: 'clear_and_convincing' }, [
        fact('fact 2', 'moderate'),
        counter('counter 2', [fact('fact 3', 'weak')]),
      ]),
    ],
    expected: { 'at the threshold': ['established', 0.6], 'at the margin': ['established', 0.6] },
  },
  {
    name: 'tolerance: a threshold above the weight by more than 1e-9 is not met',
    thresholds: { ...DEFAULT_THRESHOLDS, clearAndConvincing: { base: 0.6 + 2e-9, margin: 0.3 } },
    roots: [claim('just below', { standard: 'clear_and_convincing' }, [fact('fact 1', 'moderate')])],
    expected: { 'just below': ['contested', 0.3] },
  },
];

describe('evaluate: proof standards and their thresholds', () => {
  itGivesEachCaseItsStatuses(cases);
});
