/**
 * Every command, in the order `--help` lists them. Add a command by writing a module beside this
 * one and listing its register function here.
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { registerBuild } from './build.js';
import { registerLint } from './lint.js';
import { registerParse } from './parse.js';

/** The commands of `tmad`. */
export const registerCommands: readonly RegisterCommand[] = [registerParse, registerLint, registerBuild];
