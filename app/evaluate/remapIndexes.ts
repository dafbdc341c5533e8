import type { NodeWeights } from './weighNodes';

/** Fields of `NodeWeights` whose values are node indexes (or -1), which move with the nodes. */
const INDEX_FIELDS = new Set<keyof NodeWeights>(['attacker', 'firstUnestablished', 'strongestSupport']);

type NumberArray = Uint8Array | Int32Array | Float64Array;

/**
 * Carries per-node arrays over to a new numbering of the nodes: `newIndexOf[old]` is a kept node's new index, or
 * -1 for a removed one; new nodes (at the end) start from `fill`.
 */
export function remapArray<Values extends NumberArray>(
  values: Values,
  newIndexOf: Int32Array,
  count: number,
  fill = 0,
): Values {
  const next = new (values.constructor as new (length: number) => Values)(count);
  if (fill !== 0) next.fill(fill);
  for (let old = 0; old < newIndexOf.length; old++) {
    const index = newIndexOf[old]!;
    if (index >= 0) next[index] = values[old]!;
  }
  return next;
}

/** The weights of the kept nodes in the new numbering; the indexes they hold are renumbered too. */
export function remapWeights(weights: NodeWeights, newIndexOf: Int32Array, count: number): NodeWeights {
  const next = {} as Record<keyof NodeWeights, NumberArray>;
  for (const field of Object.keys(weights) as (keyof NodeWeights)[]) {
    const indexField = INDEX_FIELDS.has(field);
    const values = remapArray(weights[field], newIndexOf, count, indexField ? -1 : 0);
    if (indexField)
      for (let index = 0; index < count; index++) if (values[index]! >= 0) values[index] = newIndexOf[values[index]!]!;
    next[field] = values;
  }
  return next as unknown as NodeWeights;
}
