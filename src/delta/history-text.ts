/**
 * A clause's history as text for a terminal: one paragraph per version, the word diff as `[-old-]{+new+}`.
 * @module
 */
import type { ClauseHistory } from '../model/delta.js';
import { partsText } from './redline-text.js';

/**
 * The history as lines of text: the numbers it had, then per version its id, the change (kind, significance,
 * rule and reason) and its text (the first version as written, later ones as a word diff when they changed).
 * @param history The history.
 * @returns The text, ending with a newline.
 */
export function historyText(history: ClauseHistory): string {
  const lines: string[] = [];
  const numbers: string[] = [];
  for (const entry of history.entries) {
    const shown = entry.id ?? '—';
    const last = numbers[numbers.length - 1];
    if (last === undefined || !last.startsWith(`${shown} (`)) numbers.push(`${shown} (${entry.version})`);
    else numbers[numbers.length - 1] = `${last.replace(/\)$/, '').replace(/ – .*$/, '')} – ${entry.version})`;
  }
  lines.push(`Clause ${history.id}: ${numbers.join(' → ')}`, '');
  history.entries.forEach((entry, index) => {
    const change = entry.change;
    const head = `${entry.version}: ${entry.id ?? 'not in this version'}`;
    if (index === 0 || !change) {
      lines.push(index === 0 ? head : `${head} — unchanged`);
      if (index === 0 && entry.text !== null) lines.push(...indent(entry.text));
      lines.push('');
      return;
    }
    lines.push(`${head} — ${change.summary}`, `  ${change.kind}; ${change.significance} (${change.reason.rule}): ${change.reason.text}`);
    if (change.kind !== 'unchanged' && change.parts.some((part) => part.op !== 'equal')) lines.push(...indent(partsText(change.parts)));
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

function indent(text: string): string[] {
  return text.split('\n').map((line) => `    ${line}`);
}
