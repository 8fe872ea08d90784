/**
 * Kill safety (issue 15, item 6): a build killed mid-way leaves no temporary file that the next
 * build keeps, and the next build's out/ is complete. Runs the built CLI (dist/) as a child
 * process in a copy of a small project. The build itself is made atomic as a whole by helper
 * "publish" (src/build); this test needs only the writer's guarantees (src/cli/io.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './run.js';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'dist/cli/main.js');

function runBuild(cwd: string): { code: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [main, 'build', '--out', 'out'], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stderr: run.stderr };
}

describe.skipIf(!existsSync(main))('a killed build (needs `npm run build` first)', () => {
  it('leaves nothing the next build keeps: out/ complete, no .tmad-tmp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmad-kill-'));
    cpSync(join(root, 'documents/tmad'), join(dir, 'documents/tmad'), { recursive: true });
    cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
    const reference = mkdtempSync(join(tmpdir(), 'tmad-kill-ref-'));
    cpSync(join(dir, 'documents'), join(reference, 'documents'), { recursive: true });
    cpSync(join(dir, 'templates'), join(reference, 'templates'), { recursive: true });
    const clean = runBuild(reference);
    expect(clean.code, clean.stderr).toBe(0);
    const expected = filesUnder(join(reference, 'out'));
    // Kill part-way through (one point: a build takes seconds on a loaded machine), then build again.
    for (const delay of [1200]) {
      const child = spawn(process.execPath, [main, 'build', '--out', 'out'], { cwd: dir, stdio: 'ignore' });
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await new Promise((done) => child.once('exit', done));
      const again = runBuild(dir);
      expect(again.code, again.stderr).toBe(0);
      const files = filesUnder(join(dir, 'out'));
      expect(files.filter((path) => path.includes('tmad-tmp'))).toEqual([]);
      expect(files).toEqual(expected);
    }
  }, 300_000);
});
