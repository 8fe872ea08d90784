/**
 * `tmad history <clause>`: a clause's life across the versions of a document: its number and text in each
 * version, and each change with its kind, significance and reason, as a word diff `[-old-]{+new+}`.
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { usageError } from '../errors.js';
import { oneFormat } from '../formats.js';
import { clauseHistory } from '../../delta/clause-history.js';
import { computeChain } from '../../delta/compute-chain.js';
import { historyText } from '../../delta/history-text.js';
import { readProfile, readVersions } from './diff.js';

const HISTORY_FORMATS = ['text', 'json'] as const;

/** Register `tmad history`. */
export const registerHistory: RegisterCommand = (program, env) => {
  program
    .command('history')
    .description("A clause's life across the versions: its number and text in each, each change with its kind, significance and reason, and the word diff.")
    .argument('<clause>', 'clause id, as numbered in the latest version that has it (or in --in VERSION), e.g. 6.3')
    .option('--chain <dir>', 'directory of the versions (<version>.md), ordered by their `previous` links', 'documents/tmad')
    .option('--in <version>', 'the version the clause id is from (default: the latest version that has it)')
    .option('-f, --format <format>', `${HISTORY_FORMATS.join(' or ')}`, 'text')
    .addHelpText(
      'after',
      `
Examples:
  $ tmad history 6.3                       # 6.4 in 7.1, renumbered 6.3 in 7.2, ...
  $ tmad history 6.4 --in 7.1 --format json | jq '.entries[].id'
`,
    )
    .action(async (id: string, options: { chain: string; in?: string; format: string }) => {
      const format = oneFormat(options.format, HISTORY_FORMATS);
      const profile = await readProfile(env, {});
      const documents = await readVersions(env, [], options.chain);
      let inVersion: number | undefined;
      if (options.in !== undefined) {
        inVersion = documents.findIndex((document) => String(document.meta.version ?? '') === options.in);
        if (inVersion === -1) throw usageError(`Unexpected --in ${options.in}, expected one of the versions: ${documents.map((document) => String(document.meta.version ?? document.file)).join(', ')}`);
      }
      const chain = computeChain(documents, profile);
      const history = clauseHistory(chain, documents, id, inVersion);
      if (history.entries.every((entry) => entry.id === null)) {
        throw usageError(`Unexpected clause \`${id}\`: no version in ${options.chain}${options.in !== undefined ? ` (${options.in})` : ''} has it`);
      }
      env.stdout(format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : historyText(history));
    });
};
