/**
 * `npm run bench`: generate synthetic pairs at 50 thousand, 250 thousand and 1 million words,
 * time every stage in-process and as a whole process, compare with git's word diff, print a table
 * and write `out/bench.json`. Generated documents go to `out/bench/` (never committed).
 *
 * Options: `--sizes 50000,250000` (words), `--seed 1`, `--repeat 3` (runs per measurement below
 * one million words; the median is kept), `--out out` (where `bench.json` and `bench/` go).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchTable } from './bench-report.js';
import { runBench } from './run-bench.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50000,250000,1000000' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    out: { type: 'string', default: 'out' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number.parseInt(size.replace(/[_k]/g, (c) => (c === 'k' ? '000' : '')), 10));
if (sizes.some((size) => !Number.isFinite(size) || size < 1000)) {
  process.stderr.write(`bench: unexpected --sizes ${values.sizes}, expected word counts of at least 1000, e.g. --sizes 50000,250000,1000000\n`);
  process.exit(2);
}
const out = resolve(values.out);
const result = runBench({
  sizes,
  seed: Number.parseInt(values.seed, 10) || 1,
  repeat: Math.max(1, Number.parseInt(values.repeat, 10) || 3),
  singleRunFrom: 1_000_000,
  workDir: join(out, 'bench'),
  root: process.cwd(),
  log: (message) => void process.stderr.write(`bench: ${message}\n`),
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(benchTable(result));
process.stderr.write(`bench: wrote ${join(values.out, 'bench.json')}\n`);
