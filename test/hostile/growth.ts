/**
 * Growth measurement for the hostile-input suite: time a function at three sizes and fit the
 * exponent of time against size (least squares on log-log). Linear work gives about 1, quadratic 2.
 * Each size is timed three times and the median kept, so one noisy run does not decide.
 * @module
 */
import { performance } from 'node:perf_hooks';

/** The result of one growth measurement. */
export interface Growth {
  /** Fitted exponent of time against size. */
  exponent: number;
  /** Median milliseconds at each size. */
  times: number[];
  /** The sizes. */
  sizes: readonly number[];
}

/**
 * Measure how the time of `run(input)` grows with the size of its input.
 * @param make Builds the input of a given size (not timed).
 * @param run The work to time.
 * @param sizes Three sizes, smallest first (pick them so the smallest takes > 50 ms).
 * @returns The fitted exponent and the median times.
 */
export async function measureGrowth<T>(make: (size: number) => T, run: (input: T) => unknown, sizes: readonly number[]): Promise<Growth> {
  const times: number[] = [];
  for (const size of sizes) {
    const input = make(size);
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      await run(input);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    times.push(samples[1] ?? 0);
  }
  return { exponent: slope(sizes.map(Math.log), times.map((t) => Math.log(Math.max(t, 0.01)))), times, sizes };
}

function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  return num / den;
}

/**
 * A one-line description of a growth measurement, for failure messages and the log.
 * @param name The case.
 * @param growth The measurement.
 * @returns For example `terms: exponent 1.02 (n=10000: 60 ms, 20000: 118 ms, 40000: 240 ms)`.
 */
export function describeGrowth(name: string, growth: Growth): string {
  const points = growth.sizes.map((size, index) => `${size}: ${Math.round(growth.times[index] ?? 0)} ms`).join(', ');
  return `${name}: exponent ${growth.exponent.toFixed(2)} (${points})`;
}
