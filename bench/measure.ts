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
  times.sort((left, right) => left - right);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}
