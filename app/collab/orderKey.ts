const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

/**
 * A key that sorts (as a string) strictly between `before` and `after` (null: no bound), so that a node is placed
 * among its siblings without renumbering them. Keys never end in "0", which keeps a key between any two.
 */
export function keyBetween(before: string | null, after: string | null): string {
  const low = before ?? '';
  let high = after;
  let key = '';
  for (let index = 0; ; index++) {
    const lowDigit = index < low.length ? DIGITS.indexOf(low[index]!) : 0;
    const highDigit = high !== null && index < high.length ? DIGITS.indexOf(high[index]!) : BASE;
    if (highDigit - lowDigit > 1) return key + DIGITS[Math.floor((lowDigit + highDigit) / 2)];
    key += DIGITS[lowDigit];
    if (highDigit > lowDigit) high = null;
  }
}

/**
 * New keys for children in the order wanted, keeping every key that already sorts after the one before it (so that
 * a move changes one key, not all of them). Returns only the keys that change, by position.
 */
export function rekey(current: readonly (string | null)[]): Map<number, string> {
  const changed = new Map<number, string>();
  let previous: string | null = null;
  for (let index = 0; index < current.length; index++) {
    const key = current[index] ?? null;
    if (key !== null && (previous === null || key > previous) && isKey(key)) {
      previous = key;
      continue;
    }
    let next: string | null = null;
    for (let later = index + 1; later < current.length; later++) {
      const candidate = current[later] ?? null;
      if (candidate !== null && isKey(candidate) && (previous === null || candidate > previous)) {
        next = candidate;
        break;
      }
    }
    const fresh = keyBetween(previous, next);
    changed.set(index, fresh);
    previous = fresh;
  }
  return changed;
}

/** Whether a string is a key `keyBetween` could have made (a remote client may send anything). */
export function isKey(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-z]{0,200}[1-9a-z]$/.test(value);
}
