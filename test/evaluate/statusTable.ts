import { expect, it } from 'vitest';
import { evaluate } from '../../app/evaluate';
import type { ProofThresholds, Status } from '../../app/model/types';
import { caseOf, citedRule, counter, fact, idOf, type NodeSpec, tree } from './caseBuilder';

/** One row of a status table: a small tree, and the status and weight expected of named nodes. */
export interface StatusCase {
  name: string;
  roots: NodeSpec[];
  thresholds?: ProofThresholds;
  expected: Record<string, [Status, number]>;
}

/** A counter that holds: a cited rule and a strong accepted fact under it. */
export const strongCounter = (title: string, children: NodeSpec[] = []) =>
  counter(title, [citedRule(`${title} rule`), fact(`${title} fact`, 'strong'), ...children]);

/** One test per row: evaluates its tree and compares the named nodes' statuses and weights. */
export function itGivesEachCaseItsStatuses(cases: StatusCase[]): void {
  it.each(cases)('$name', ({ roots, thresholds, expected }) => {
    const nodes = tree(roots);
    const evaluation = evaluate(caseOf(nodes, thresholds ? { thresholds } : {}));
    const actual = Object.fromEntries(
      Object.keys(expected).map((title) => {
        const id = idOf(nodes, title);
        return [title, [evaluation.statuses.get(id), evaluation.weights.get(id)]];
      }),
    );
    const rounded = Object.fromEntries(
      Object.entries(expected).map(([title, [status, weight]]) => [title, [status, expect.closeTo(weight, 12)]]),
    );
    expect(actual).toEqual(rounded);
  });
}
