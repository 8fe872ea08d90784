/**
 * Checks in Java (JUnit 4/5, TestNG) and C# (xUnit, NUnit, MSTest) test files: methods marked
 * `@Test`, `[Fact]`, `[Test]`..., their class (and package or namespace), display names given in
 * the annotation, and the comments directly above them.
 * @module
 */
import { lexCLike, type Token } from './c-like-lexer.js';
import type { DeclarationText, FoundCheck } from './declarations.js';

const JAVA_MARKERS = new Set(['@Test', '@ParameterizedTest', '@RepeatedTest', '@TestFactory', '@TestTemplate', '@Property']);
const CSHARP_MARKERS = new Set(['Fact', 'Theory', 'Test', 'TestCase', 'TestMethod', 'DataTestMethod', 'TestCaseSource']);

/**
 * Find the checks of a Java or C# test file.
 * @param source The file's text.
 * @param file Its repository-relative path.
 * @param language `java` or `csharp`.
 * @returns The checks, in source order.
 */
export function scanJavaLike(source: string, file: string, language: 'java' | 'csharp'): FoundCheck[] {
  const tokens = lexCLike(source);
  const checks: FoundCheck[] = [];
  const namespace = packageName(tokens);
  const classes: Array<{ name: string; depth: number }> = [];
  let depth = 0;
  let pendingClass: string | undefined;
  let lastBoundary = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.kind === 'punct' && (token.text === '{' || token.text === '}' || token.text === ';')) {
      if (token.text === '{') {
        depth++;
        if (pendingClass !== undefined) classes.push({ name: pendingClass, depth });
        pendingClass = undefined;
      } else if (token.text === '}') {
        if (classes.at(-1)?.depth === depth) classes.pop();
        depth--;
      }
      lastBoundary = index;
      continue;
    }
    if (token.kind === 'ident' && (token.text === 'class' || token.text === 'record' || token.text === 'struct') && tokens[index + 1]?.kind === 'ident') {
      pendingClass = tokens[index + 1]?.text;
      continue;
    }
    if (!isMarker(tokens, index, language)) continue;
    const method = methodAfter(tokens, index, language === 'csharp' ? 1 : 0);
    if (!method) continue;
    const declarations: DeclarationText[] = [];
    const aliases: string[] = [];
    for (let cursor = lastBoundary + 1; cursor < method.index; cursor++) {
      const part = tokens[cursor];
      if (part?.kind === 'comment') declarations.push({ text: part.text, line: part.line, column: part.column, declaredIn: 'comment' });
      else if (part?.kind === 'string') {
        declarations.push({ text: part.text, line: part.line, column: part.column, declaredIn: 'name' });
        aliases.push(part.value);
      }
    }
    const owners = classes.map((owner) => owner.name);
    const name = method.token.text;
    checks.push({ test: [...owners, name].join('.'), name, scope: [...namespace, ...owners], declarations, aliases });
    index = method.index;
    lastBoundary = method.index;
  }
  return checks;
}

function packageName(tokens: readonly Token[]): string[] {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'ident' && (token.text === 'package' || token.text === 'namespace')) {
      const parts: string[] = [];
      for (let cursor = index + 1; cursor < tokens.length; cursor += 2) {
        const part = tokens[cursor];
        if (part?.kind !== 'ident') break;
        parts.push(part.text);
        if (tokens[cursor + 1]?.text !== '.') break;
      }
      return parts;
    }
  }
  return [];
}

function isMarker(tokens: readonly Token[], index: number, language: 'java' | 'csharp'): boolean {
  const token = tokens[index];
  if (token?.kind !== 'ident') return false;
  if (language === 'java') return JAVA_MARKERS.has(token.text);
  const previous = tokens[index - 1]?.text;
  return CSHARP_MARKERS.has(token.text) && (previous === '[' || previous === ',');
}

/** The method a marker annotates: the first identifier followed by `(` outside annotation arguments. */
function methodAfter(tokens: readonly Token[], start: number, initialDepth: number): { token: Token; index: number } | undefined {
  let depth = initialDepth;
  for (let cursor = start + 1; cursor < tokens.length; cursor++) {
    const token = tokens[cursor];
    if (!token) return undefined;
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '[') depth++;
      else if (token.text === ')' || token.text === ']') depth--;
      else if ((token.text === '{' || token.text === ';') && depth === 0) return undefined;
      continue;
    }
    if (depth === 0 && token.kind === 'ident' && !token.text.startsWith('@') && tokens[cursor + 1]?.text === '(') return { token, index: cursor };
  }
  return undefined;
}
