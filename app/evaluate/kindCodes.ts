import { NODE_KINDS, type NodeKind } from '../model/types';

/** Each node kind's index in `NODE_KINDS`, the code `CaseTree.kinds` holds. */
export const KIND_CODES = Object.fromEntries(NODE_KINDS.map((kind, code) => [kind, code])) as Readonly<
  Record<NodeKind, number>
>;
