/**
 * Checks in Python test files (pytest, unittest): `def test_*` functions, inside `class Test*`
 * classes or not, with the comments and decorators directly above them and their docstring.
 * pytest's JUnit report names them `classname="pkg.test_mod.TestClass" name="test_fn"`.
 * @module
 */
import type { DeclarationText, FoundCheck } from './declarations.js';

const DEF = /^(\s*)(?:async\s+)?def\s+(test\w*)\s*\(/;
const CLASS = /^(\s*)class\s+(\w+)\s*[(:]/;
const DOCSTRING = /^\s*[rRbBuU]{0,2}("""|''')/;

/**
 * Find the checks of a Python test file.
 * @param source The file's text.
 * @param file Its repository-relative path.
 * @returns The checks, in source order.
 */
export function scanPython(source: string, file: string): FoundCheck[] {
  const lines = source.split(/\r?\n/);
  const module = file.replace(/\.py$/, '').split('/');
  const classes: Array<{ indent: number; name: string }> = [];
  const checks: FoundCheck[] = [];
  for (const [index, text] of lines.entries()) {
    const classMatch = CLASS.exec(text);
    const defMatch = DEF.exec(text);
    const indent = (classMatch ?? defMatch)?.[1]?.length;
    if (indent !== undefined) while ((classes.at(-1)?.indent ?? -1) >= indent) classes.pop();
    if (classMatch) {
      classes.push({ indent: indent ?? 0, name: classMatch[2] ?? '' });
      continue;
    }
    if (!defMatch) continue;
    const name = defMatch[2] ?? '';
    const owners = classes.map((owner) => owner.name);
    const declarations: DeclarationText[] = [...annotationsAbove(lines, index), { text, line: index + 1, column: 1, declaredIn: 'name' }];
    const docstring = docstringAfter(lines, index);
    if (docstring) declarations.push(docstring);
    checks.push({ test: [...owners, name].join('.'), name, scope: [...module, ...owners], declarations });
  }
  return checks;
}

/** Comment and decorator lines directly above a `def`. */
function annotationsAbove(lines: readonly string[], index: number): DeclarationText[] {
  const found: DeclarationText[] = [];
  for (let back = index - 1; back >= 0; back--) {
    const text = lines[back] ?? '';
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('#') && !trimmed.startsWith('@')) break;
    found.unshift({ text, line: back + 1, column: 1, declaredIn: 'comment' });
  }
  return found;
}

/** The docstring of the function whose `def` is at `index`, when the body starts with one. */
function docstringAfter(lines: readonly string[], index: number): DeclarationText | undefined {
  let start = index + 1;
  while (start < lines.length && !/\)\s*(->[^:]*)?:\s*$/.test(lines[start - 1] ?? '')) start++;
  const first = lines[start] ?? '';
  const quote = DOCSTRING.exec(first)?.[1];
  if (!quote) return undefined;
  const body: string[] = [first];
  if (first.indexOf(quote) === first.lastIndexOf(quote)) {
    for (let next = start + 1; next < lines.length; next++) {
      body.push(lines[next] ?? '');
      if ((lines[next] ?? '').includes(quote)) break;
    }
  }
  return { text: body.join('\n'), line: start + 1, column: 1, declaredIn: 'comment' };
}
