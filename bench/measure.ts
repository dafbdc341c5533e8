import { performance } from 'node:perf_hooks';

/** Runs `work` `warmup` times unmeasured, then `runs` times; returns the median in milliseconds. */
export function median(work: () => void, runs: number, warmup = 2): number {
  for (let index = 0; index < warmup; index++) work();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return medianValue(times);
}

/** The median of measured values. */
export function medianValue(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
