/**
 * Joining the lines of a paragraph or table cell into one text: a space between lines, except at a
 * real end-of-line word break ("obli-" + "gation" gives "obligation"), told from a hyphenated
 * compound ("co-" + "operate" stays "co-operate") by the words the document uses elsewhere; when
 * they do not tell, by whether the document hyphenates at all (some break it has is confirmed by
 * the whole word elsewhere): Word and LibreOffice do not hyphenate unless asked, so there a line
 * ending in a hyphen ends with a compound's hyphen.
 * @module
 */

/** Prefixes written with a hyphen in English compounds: a line break after them keeps the hyphen. */
const HYPHEN_PREFIXES = new Set(['co', 'non', 'pre', 'post', 're', 'self', 'sub', 'anti', 'multi', 'cross', 'semi', 'inter', 'ex', 'pro', 'well', 'opt', 'so', 'long', 'short', 'third', 'half', 'end', 'cut', 'up', 'off', 'roll', 'set']);

/** The words (lower case) a document uses, and whether it hyphenates words at line ends, to judge line-end hyphens. */
export interface Vocabulary {
  /** Words, lower case, hyphenated compounds whole. */
  words: ReadonlySet<string>;
  /** Whether some line-end hyphen of the document is confirmed a word break (the joined word appears elsewhere) and such breaks are at least as many as confirmed compounds. */
  hyphenates: boolean;
}

/**
 * The words of some lines, lower case, hyphenated compounds kept whole; a word broken at a line end
 * is not counted.
 * @param lines Line texts, in order.
 * @returns The set of words.
 */
export function vocabulary(lines: readonly string[]): Vocabulary {
  const words = new Set<string>();
  for (const line of lines) {
    const tokens = line.split(/\s+/);
    if (/\p{L}-$/u.test(line)) tokens.pop();
    for (const token of tokens) {
      const word = token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').toLowerCase();
      if (word !== '') words.add(word);
    }
  }
  let breaks = 0;
  let compounds = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (next === undefined || !/\p{L}-$/u.test(line) || !/^\p{Ll}/u.test(next)) return;
    const [head, tail] = halves(line, next);
    if (words.has(`${head}-${tail}`)) compounds++;
    else if (words.has(`${head}${tail}`)) breaks++;
  });
  return { words, hyphenates: breaks > 0 && breaks >= compounds };
}

/**
 * Join lines into one text.
 * @param lines The lines' texts, in order (trimmed).
 * @param words The document's words, to judge line-end hyphens.
 * @returns The text.
 */
export function joinLines(lines: readonly string[], words: Vocabulary): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (text.endsWith('\u00AD')) text = text.slice(0, -1) + line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = keepsHyphen(text, line, words) ? text + line : text.slice(0, -1) + line;
    else if (/\p{L}\d?-$/u.test(text) && /^[\p{Lu}\d]/u.test(line)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

function keepsHyphen(before: string, after: string, vocabulary: Vocabulary): boolean {
  const [head, tail] = halves(before, after);
  if (vocabulary.words.has(`${head}-${tail}`)) return true;
  if (vocabulary.words.has(`${head}${tail}`)) return false;
  return !vocabulary.hyphenates || head.includes('-') || HYPHEN_PREFIXES.has(head);
}

/** The word before a line-end hyphen and the word starting the next line, lower case. */
function halves(before: string, after: string): [string, string] {
  const head = (/([\p{L}\d-]+)-$/u.exec(before)?.[1] ?? '').toLowerCase();
  const tail = (/^[\p{L}\d-]+/u.exec(after)?.[0] ?? '').toLowerCase();
  return [head, tail];
}
