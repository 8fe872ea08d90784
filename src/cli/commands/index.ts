/**
 * Every command, in the order `--help` lists them, each loaded only when needed: `tmad diff ...`
 * loads the diff command alone (and its dependencies), so start-up does not pay for the Word
 * library, the consultation reader and the rest. Add a command by writing a module beside this one
 * and listing it here.
 * @module
 */
import type { RegisterCommand } from '../command.js';

/** A command: its name on the command line, and how to load its register function. */
export interface CommandEntry {
  /** The subcommand name, e.g. `diff`. */
  name: string;
  /** Import the command's module and return its register function. */
  load(): Promise<RegisterCommand>;
}

/** The commands of `tmad`. */
export const commandTable: readonly CommandEntry[] = [
  { name: 'parse', load: async () => (await import('./parse.js')).registerParse },
  { name: 'lint', load: async () => (await import('./lint.js')).registerLint },
  { name: 'import', load: async () => (await import('./import.js')).registerImport },
  { name: 'diff', load: async () => (await import('./diff.js')).registerDiff },
  { name: 'history', load: async () => (await import('./history.js')).registerHistory },
  { name: 'trace', load: async () => (await import('./trace.js')).registerTrace },
  { name: 'template', load: async () => (await import('./template.js')).registerTemplate },
  { name: 'responses', load: async () => (await import('./responses.js')).registerResponses },
  { name: 'report', load: async () => (await import('./report.js')).registerReport },
  { name: 'build', load: async () => (await import('./build.js')).registerBuild },
];

/**
 * The register functions needed to run `argv`: only the named command's when the first word that
 * is not an option names one, else all of them (for `tmad --help`, `tmad help diff`, a typo).
 * @param argv Arguments after the program name.
 * @returns Register functions, in `--help` order.
 */
export async function commandsFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  const first = argv.find((arg) => !arg.startsWith('-'));
  const named = commandTable.find((entry) => entry.name === first);
  const entries = named ? [named] : commandTable;
  return Promise.all(entries.map((entry) => entry.load()));
}
