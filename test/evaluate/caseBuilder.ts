import type { EvaluationInput } from '../../app/evaluate';
import {
  type Assessment,
  type AuthorityType,
  type CaseSide,
  DEFAULT_THRESHOLDS,
  type Mode,
  type NodeKind,
  type NodeSummary,
  type ProofStandard,
  type ProofThresholds,
  type Side,
  type Weight,
} from '../../app/model/types';

/** Fields a test may set on a node; `cites` lists keys, or [key, pinpoint] pairs. */
export interface NodeOptions {
  side?: Side;
  mode?: Mode;
  standard?: ProofStandard;
  weight?: Weight;
  assessment?: Assessment;
  disputed?: boolean;
  cites?: (string | [string, string])[];
}

/** A node as a test writes it, before ids are given. */
export interface NodeSpec {
  kind: NodeKind;
  title: string;
  options: NodeOptions;
  children: NodeSpec[];
}

type SpecMaker = (title: string, optionsOrChildren?: NodeOptions | NodeSpec[], children?: NodeSpec[]) => NodeSpec;

function maker(kind: NodeKind): SpecMaker {
  return (title, optionsOrChildren, children) =>
    Array.isArray(optionsOrChildren)
      ? { kind, title, options: {}, children: optionsOrChildren }
      : { kind, title, options: optionsOrChildren ?? {}, children: children ?? [] };
}

export const issue = maker('issue');
export const claim = maker('claim');
export const rule = maker('rule');
export const evidence = maker('evidence');
export const counter = maker('counter');
export const response = maker('response');
export const note = maker('note');

/** Numbers the nodes 1, 2, 3… in reading order and gives siblings positions 0, 1, 2… */
export function tree(roots: NodeSpec[]): NodeSummary[] {
  const nodes: NodeSummary[] = [];
  const pending: { spec: NodeSpec; parentId: number | null; position: number }[] = roots
    .map((spec, position) => ({ spec, parentId: null, position }))
    .reverse();
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const { spec, parentId, position } = entry;
    const { options } = spec;
    const id = nodes.length + 1;
    nodes.push({
      id,
      parentId,
      position,
      kind: spec.kind,
      title: spec.title,
      side: options.side ?? null,
      mode: options.mode ?? null,
      standard: options.standard ?? null,
      weight: options.weight ?? null,
      assessment: options.assessment ?? null,
      disputed: options.disputed ?? false,
      tags: [],
      speaker: null,
      minutes: null,
      difficulty: null,
      citations: (options.cites ?? []).map((cite) =>
        typeof cite === 'string' ? { key: cite, pinpoint: 'para 1' } : { key: cite[0], pinpoint: cite[1] },
      ),
    });
    for (let child = spec.children.length - 1; child >= 0; child--) {
      pending.push({ spec: spec.children[child]!, parentId: id, position: child });
    }
  }
  return nodes;
}

/** An evaluation input with authorities `a`, `b` (treaties) and `c` (a book) unless told otherwise. */
export function caseOf(
  nodes: NodeSummary[],
  settings: {
    authorities?: { key: string; type: AuthorityType }[];
    caseSide?: CaseSide;
    thresholds?: ProofThresholds;
  } = {},
): EvaluationInput {
  return {
    nodes,
    authorities: settings.authorities ?? [
      { key: 'a', type: 'treaty' },
      { key: 'b', type: 'treaty' },
      { key: 'c', type: 'book' },
    ],
    caseSide: settings.caseSide ?? 'applicant',
    thresholds: settings.thresholds ?? DEFAULT_THRESHOLDS,
  };
}

/** The id of the only node with this title. */
export function idOf(nodes: readonly NodeSummary[], title: string): number {
  const matches = nodes.filter((node) => node.title === title);
  if (matches.length !== 1) throw new Error(`expected one node titled ${title}, found ${matches.length}`);
  return matches[0]!.id;
}

/** A rule citing authority `a`: established with weight 1. */
export function citedRule(title: string, options: NodeOptions = {}): NodeSpec {
  return rule(title, { cites: ['a'], ...options });
}

/** Accepted evidence citing authority `c`. */
export function fact(title: string, weight: Weight, options: NodeOptions = {}): NodeSpec {
  return evidence(title, { weight, assessment: 'accepted', cites: ['c'], ...options });
}
