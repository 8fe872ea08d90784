/**
 * Checks in Go test files: `func TestX(t *testing.T)` with the comments above it, and its
 * subtests `t.Run("name", ...)`, named as `go test` does (`TestX/name_with_underscores`).
 * @module
 */
import { lexCLike, type Token } from './c-like-lexer.js';
import { commentsBefore, matchingClose } from './token-walk.js';
import type { DeclarationText, FoundCheck } from './declarations.js';

/**
 * Go's subtest name rewriting: spaces become underscores (as `testing.rewrite` does for printable text).
 * @param name The name given to `t.Run`.
 * @returns The name `go test` reports.
 */
export function goSubtestName(name: string): string {
  return name.replace(/\s/g, '_');
}

/**
 * Find the checks of a Go test file.
 * @param source The file's text.
 * @param file Its repository-relative path.
 * @returns The checks, in source order.
 */
export function scanGo(source: string, file: string): FoundCheck[] {
  const tokens = lexCLike(source, { rawBackticks: true });
  const directory = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  const packageParts = directory.split('/');
  const checks: FoundCheck[] = [];
  // Open frames: a test function or a subtest, closed after the token at `closeAt`.
  const frames: Array<{ name: string; declarations: DeclarationText[]; closeAt: number }> = [];
  let depth = 0;
  for (let index = 0; index < tokens.length; index++) {
    while (frames.length > 0 && (frames.at(-1)?.closeAt ?? 0) < index) frames.pop();
    const token = tokens[index];
    if (!token) continue;
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '{' || token.text === '[') depth++;
      else if (token.text === ')' || token.text === '}' || token.text === ']') depth--;
      continue;
    }
    if (token.kind !== 'ident') continue;
    const name = tokens[index + 1];
    if (token.text === 'func' && depth === 0 && name?.kind === 'ident' && /^(Test|Example|Fuzz)/.test(name.text) && tokens[index + 2]?.text === '(') {
      const declarations = [...commentsBefore(tokens, index), { text: name.text, line: name.line, column: name.column, declaredIn: 'name' as const }];
      checks.push({ test: name.text, name: name.text, scope: packageParts, declarations });
      const body = bodyOpen(tokens, index + 2);
      frames.length = 0;
      frames.push({ name: name.text, declarations, closeAt: body === undefined ? index : matchingClose(tokens, body) });
      continue;
    }
    if (token.text === 'Run' && tokens[index - 1]?.text === '.' && tokens[index + 1]?.text === '(' && tokens[index + 2]?.kind === 'string') {
      const label = tokens[index + 2] as Token;
      const parent = frames.at(-1);
      if (!parent) continue;
      const own = [...commentsBefore(tokens, index - 2), { text: label.text, line: label.line, column: label.column, declaredIn: 'name' as const }];
      const full = `${parent.name}/${goSubtestName(label.value)}`;
      checks.push({ test: full, name: goSubtestName(label.value), scope: packageParts, declarations: [...parent.declarations, ...own] });
      frames.push({ name: full, declarations: [...parent.declarations, ...own], closeAt: matchingClose(tokens, index + 1) });
    }
  }
  return checks;
}

/** The `{` that opens a function body, given the `(` of its parameters. */
function bodyOpen(tokens: readonly Token[], paramsOpen: number): number | undefined {
  let cursor = matchingClose(tokens, paramsOpen) + 1;
  let depth = 0;
  for (; cursor < tokens.length; cursor++) {
    const text = tokens[cursor]?.kind === 'punct' ? tokens[cursor]?.text : undefined;
    if (text === '{' && depth === 0) return cursor;
    if (text === '(' || text === '[') depth++;
    else if (text === ')' || text === ']') depth--;
  }
  return undefined;
}

