/**
 * Preloaded into every benchmarked `node` child (`node --import <this file> ...`): when the
 * process exits it writes its peak resident set size to stderr after `MAXRSS_MARKER`, which the
 * harness reads back.
 * @module
 */
import { writeSync } from 'node:fs';
import { MAXRSS_MARKER } from './measure.js';

process.on('exit', () => {
  writeSync(2, `\n${MAXRSS_MARKER}${process.resourceUsage().maxRSS}\n`);
});
