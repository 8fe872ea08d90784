#!/usr/bin/env node
/**
 * The `tmad` executable: the only module that touches `process`.
 * @module
 */
import { runCli } from './program.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
});
process.exitCode = code;
