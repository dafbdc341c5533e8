/**
 * The long variants of the reliability tests: CI sets CASEWRIGHT_LONG_TESTS=1 and every fuzzer and the crash test
 * run ten times as many cases; `npm test` on a workstation runs the short ones.
 */
export const LONG_TESTS = Boolean(process.env.CASEWRIGHT_LONG_TESTS);

/** How many cases a fuzzer or a repeated test runs: `short`, or ten times that in the long variant. */
export function runs(short: number): number {
  return LONG_TESTS ? short * 10 : short;
}
