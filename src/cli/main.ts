#!/usr/bin/env node
/**
 * The `tmad` executable: the only module that touches `process`.
 * @module
 */
import { runCli } from './program.js';

// A reader that stops early (`tmad parse x.md | head`) closes the pipe: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
});
process.exitCode = code;
