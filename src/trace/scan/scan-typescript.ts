/**
 * Checks in TypeScript/JavaScript test files (vitest, jest, mocha, node:test): `describe`/`it`/
 * `test` calls, their names nested as vitest's JUnit reporter writes them (`outer > inner > test`),
 * and the annotation comments directly above each call.
 * @module
 */
import { lexCLike, type Token } from './c-like-lexer.js';
import { commentsBefore, matchingClose } from './token-walk.js';
import type { DeclarationText, FoundCheck } from './declarations.js';

const GROUPS = new Set(['describe', 'suite', 'context']);
const TESTS = new Set(['it', 'test', 'specify', 'bench']);
const CALL_MODIFIERS_WITH_ARGS = new Set(['each', 'skipIf', 'runIf', 'for']);

interface Frame {
  /** The bracket that opened it. */
  open: string;
  /** A group (describe) frame: its name and declarations. */
  group?: { name: string; declarations: DeclarationText[] };
}

/**
 * Find the checks of a TypeScript or JavaScript test file.
 * @param source The file's text.
 * @param file Its repository-relative path (the `classname` vitest writes is the path from its root).
 * @returns The checks, in source order.
 */
export function scanTypeScript(source: string, file: string): FoundCheck[] {
  const tokens = lexCLike(source, { regex: true });
  const checks: FoundCheck[] = [];
  const stack: Frame[] = [];
  let pendingGroup: Frame['group'] | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '[' || token.text === '{') {
        const frame: Frame = { open: token.text };
        if (pendingGroup && token.text === '(') {
          frame.group = pendingGroup;
          pendingGroup = undefined;
        }
        stack.push(frame);
      } else if (token.text === ')' || token.text === ']' || token.text === '}') {
        stack.pop();
      }
      continue;
    }
    if (token.kind !== 'ident' || !(GROUPS.has(token.text) || TESTS.has(token.text))) continue;
    const previous = previousCode(tokens, index);
    if (previous && (previous.text === '.' || previous.text === 'function' || previous.text === 'const' || previous.text === 'let')) continue;
    const call = callName(tokens, index);
    if (!call) continue;
    const declarations = [...commentsBefore(tokens, index), { text: call.name.text, line: call.name.line, column: call.name.column, declaredIn: 'name' as const }];
    const groups = stack.flatMap((frame) => (frame.group ? [frame.group] : []));
    if (GROUPS.has(token.text)) {
      // The group's frame is the `(` of the call: re-enter it so nested calls see the group.
      pendingGroup = { name: call.name.value, declarations };
      index = call.openIndex - 1;
      continue;
    }
    const name = call.name.value;
    checks.push({
      test: [...groups.map((group) => group.name), name].join(' > '),
      name,
      scope: [file],
      declarations: [...groups.flatMap((group) => group.declarations), ...declarations],
    });
  }
  return checks;
}

function previousCode(tokens: readonly Token[], index: number): Token | undefined {
  for (let back = index - 1; back >= 0; back--) {
    const token = tokens[back];
    if (token && token.kind !== 'comment') return token;
  }
  return undefined;
}

/** For `it.skip.each([...])('name', ...)`: the name token and the index of the `(` before it. */
function callName(tokens: readonly Token[], index: number): { name: Token; openIndex: number } | undefined {
  let cursor = index + 1;
  for (;;) {
    const token = tokens[cursor];
    if (token?.text === '.' && tokens[cursor + 1]?.kind === 'ident') {
      const modifier = tokens[cursor + 1]?.text ?? '';
      cursor += 2;
      if (CALL_MODIFIERS_WITH_ARGS.has(modifier)) {
        if (tokens[cursor]?.kind === 'string') cursor++;
        else if (tokens[cursor]?.text === '(') cursor = 1 + matchingClose(tokens, cursor);
        else return undefined;
      }
      continue;
    }
    if (token?.text === '<') return undefined;
    break;
  }
  if (tokens[cursor]?.text !== '(') return undefined;
  const name = tokens[cursor + 1];
  if (!name || name.kind !== 'string') return undefined;
  return { name, openIndex: cursor };
}

