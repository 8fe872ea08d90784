/**
 * A small lexer for C-like test sources (TypeScript/JavaScript, Java, Go, C#): enough to tell
 * comments, string literals, identifiers and punctuation apart, with line and column. It never
 * throws: an unterminated string or comment runs to the end of the file.
 * @module
 */

/** Kinds of token. */
export type TokenKind = 'comment' | 'string' | 'ident' | 'punct' | 'other';

/** One token. */
export interface Token {
  /** Kind. */
  kind: TokenKind;
  /** Source text of the token. */
  text: string;
  /** For strings, the value (quotes removed, simple escapes decoded); for comments, the text without markers; else `text`. */
  value: string;
  /** 1-based line of its first character. */
  line: number;
  /** 1-based column of its first character. */
  column: number;
  /** 0-based offset of its first character. */
  offset: number;
}

/** Options of the lexer. */
export interface LexOptions {
  /** Recognise `/regex/` literals (JavaScript/TypeScript). */
  regex?: boolean;
  /** Backtick strings are raw (Go) rather than templates (JavaScript). */
  rawBackticks?: boolean;
}

const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', 'return', 'typeof', 'case', 'do', 'else', 'in', 'of', '=>']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * Split a source into tokens (white space dropped).
 * @param source The source text.
 * @param options Language details.
 * @returns The tokens in order.
 */
export function lexCLike(source: string, options: LexOptions = {}): Token[] {
  const tokens: Token[] = [];
  const lineStarts = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === '\n') lineStarts.push(index + 1);
  const place = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const push = (kind: TokenKind, start: number, end: number, value?: string) => {
    const text = source.slice(start, end);
    tokens.push({ kind, text, value: value ?? text, offset: start, ...place(start) });
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const next = source[index + 1] ?? '';
    if (/\s/.test(char)) {
      index++;
    } else if (char === '/' && next === '/') {
      const end = source.indexOf('\n', index);
      const stop = end === -1 ? source.length : end;
      push('comment', index, stop, source.slice(index + 2, stop).replace(/^\/+/, ''));
      index = stop;
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2);
      const stop = end === -1 ? source.length : end + 2;
      push('comment', index, stop, source.slice(index + 2, end === -1 ? source.length : end).replace(/^\*+/, ''));
      index = stop;
    } else if (char === '"' || char === "'" || (char === '`' && !options.rawBackticks)) {
      const stop = endOfQuoted(source, index, char);
      push('string', index, stop, decodeQuoted(source.slice(index + 1, stop - (source[stop - 1] === char && stop - 1 > index ? 1 : 0))));
      index = stop;
    } else if (char === '`') {
      const end = source.indexOf('`', index + 1);
      const stop = end === -1 ? source.length : end + 1;
      push('string', index, stop, source.slice(index + 1, end === -1 ? source.length : end));
      index = stop;
    } else if (char === '/' && options.regex && regexAllowed(tokens)) {
      index = endOfRegex(source, index);
    } else if (/[A-Za-z_$@]/.test(char)) {
      let stop = index + 1;
      while (stop < source.length && /[A-Za-z0-9_$]/.test(source[stop] ?? '')) stop++;
      push('ident', index, stop);
      index = stop;
    } else if (/[0-9]/.test(char)) {
      let stop = index + 1;
      while (stop < source.length && /[0-9A-Za-z_.]/.test(source[stop] ?? '')) stop++;
      push('other', index, stop);
      index = stop;
    } else if (char === '=' && next === '>') {
      push('punct', index, index + 2);
      index += 2;
    } else {
      push('punct', index, index + 1);
      index++;
    }
  }
  return tokens;
}

function endOfQuoted(source: string, start: number, quote: string): number {
  let depth = 0;
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
    } else if (quote === '`' && char === '$' && source[index + 1] === '{') {
      depth++;
      index++;
    } else if (quote === '`' && depth > 0 && char === '}') {
      depth--;
    } else if (char === quote && depth === 0) {
      return index + 1;
    } else if (char === '\n' && quote !== '`') {
      return index;
    }
  }
  return source.length;
}

function decodeQuoted(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (_, escape: string) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(Number.parseInt(escape.slice(2, -1), 16));
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? escape;
  });
}

function regexAllowed(tokens: readonly Token[]): boolean {
  const previous = tokens.at(-1);
  if (!previous) return true;
  if (previous.kind === 'comment') return regexAllowed(tokens.slice(0, -1));
  return (previous.kind === 'punct' || previous.kind === 'ident') && REGEX_AFTER.has(previous.text);
}

function endOfRegex(source: string, start: number): number {
  let inClass = false;
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) {
      let stop = index + 1;
      while (/[a-z]/.test(source[stop] ?? '')) stop++;
      return stop;
    } else if (char === '\n') return index;
  }
  return source.length;
}
