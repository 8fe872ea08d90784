/**
 * Walking the tokens of C-like sources: shared by the TypeScript and Go scanners.
 * @module
 */
import type { Token } from './c-like-lexer.js';
import type { DeclarationText } from './declarations.js';

/**
 * Index of the bracket closing the one at `open` (round, square or curly; nesting counted).
 * @param tokens The tokens.
 * @param open Index of the opening bracket.
 * @returns Index of its closing bracket, or of the last token when it is never closed.
 */
export function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let cursor = open; cursor < tokens.length; cursor++) {
    const text = tokens[cursor]?.kind === 'punct' ? tokens[cursor]?.text : undefined;
    if (text === '(' || text === '[' || text === '{') depth++;
    else if (text === ')' || text === ']' || text === '}') {
      depth--;
      if (depth === 0) return cursor;
    }
  }
  return tokens.length - 1;
}

/**
 * The comments directly above a token (no code between them and it), in source order.
 * @param tokens The tokens.
 * @param index Index of the token (a call or a declaration).
 * @returns The comments, as declaration texts.
 */
export function commentsBefore(tokens: readonly Token[], index: number): DeclarationText[] {
  const comments: DeclarationText[] = [];
  for (let back = index - 1; back >= 0; back--) {
    const token = tokens[back];
    if (!token || token.kind !== 'comment') break;
    comments.unshift({ text: token.text, line: token.line, column: token.column, declaredIn: 'comment' });
  }
  return comments;
}
