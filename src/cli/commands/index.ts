/**
 * Every command, in the order `--help` lists them. Add a command by writing a module beside this
 * one and listing its register function here.
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { registerBuild } from './build.js';
import { registerDiff } from './diff.js';
import { registerLint } from './lint.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';
import { registerResponses } from './responses.js';
import { registerTemplate } from './template.js';
import { registerTrace } from './trace.js';

/** The commands of `tmad`. */
export const registerCommands: readonly RegisterCommand[] = [registerParse, registerLint, registerDiff, registerTrace, registerTemplate, registerResponses, registerReport, registerBuild];
