/** Weights closer than this are equal; sums such as 0.1 + 0.2 must not decide a status. */
export const TOLERANCE = 1e-9;

/** Whether `value` exceeds `limit` by more than the tolerance. */
export function isGreater(value: number, limit: number): boolean {
  return value > limit + TOLERANCE;
}

/** Whether `value` is at least `limit`, within the tolerance. */
export function isAtLeast(value: number, limit: number): boolean {
  return value >= limit - TOLERANCE;
}
