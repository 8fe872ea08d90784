/**
 * Hostile inputs for the hostile-input suite, made at test time (nothing large is committed).
 * @module
 */

/** Front matter and a title, to which a generated body is appended. */
export const HEAD = '---\ndocument: TMAD\nversion: "1.0"\ndate: 2020-11-18\n---\n# Hostile\n\n';

/**
 * A document with a definitions table of `terms` and the given body.
 * @param terms Defined terms.
 * @param body Markdown after the definitions.
 * @returns The document.
 */
export function withDefinitions(terms: readonly string[], body: string): string {
  const rows = terms.map((term) => `| ${term} | the meaning of ${term.toLowerCase()} |`).join('\n');
  return `${HEAD}## 1 Definitions\n\n**1.1** Terms.\n\n| Term | Meaning |\n|---|---|\n${rows}\n\n## 4 Migration\n\n${body}\n`;
}

/** A capitalised word for index `i` that no other index gives: `Qa`, `Qb`, ..., `Qba`. */
export function word(i: number): string {
  let text = '';
  let n = i;
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `Q${text}`;
}

/** The generators of the growth cases, each giving a Markdown document of size `n`. */
export const GROWTH_DOCUMENTS = {
  /** One defined term used `n` times in one clause. */
  oneTermManyUses: (n: number) => withDefinitions(['Meter'], `**4.1** ${'the Meter and '.repeat(n)}done.`),
  /** `n` defined terms, each used once. */
  manyTermsOnce: (n: number) => {
    const terms = Array.from({ length: n }, (_, i) => `Term ${word(i)}`);
    return withDefinitions(terms, terms.map((term, i) => `**4.${i + 1}** The ${term} applies.`).join('\n\n'));
  },
  /** "Clause 4.1 and 4.1(a) " repeated `n` times in one clause. */
  clauseAndSub: (n: number) => `${HEAD}## 4 Migration\n\n**4.1** First.\n\n**4.2** ${'Clause 4.1 and 4.1(a) '.repeat(n)}end.\n`,
  /** "Section A " repeated `n` times. */
  sectionLetters: (n: number) => `${HEAD}## 4 Migration\n\n**4.1** ${'Section A '.repeat(n)}end.\n`,
  /** One range "Clauses 4.1 to 4.n". */
  longRange: (n: number) => `${HEAD}## 4 Migration\n\n${Array.from({ length: 50 }, (_, i) => `**4.${i + 1}** Text.`).join('\n\n')}\n\n**4.51** Under Clauses 4.1 to 4.${n} and ${Array.from({ length: n }, (_, i) => `4.${i + 1}`).join(', ')}.\n`,
  /** A list indented one more level per item, `n` items. */
  indentedList: (n: number) => `${HEAD}## 4 Migration\n\n**4.1** Items:\n\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 40)}- item ${i}`).join('\n')}\n`,
  /** `n` `<!--` openers in one HTML block. */
  htmlComments: (n: number) => `${HEAD}## 4 Migration\n\n**4.1** Text.\n\n<div>\n${'<!-- '.repeat(n)}\n</div>\n`,
  /** One line of `n` words that needs the full parser (emphasis). */
  longLine: (n: number) => `${HEAD}## 4 Migration\n\n**4.1** ${'word *x* '.repeat(n)}\n`,
} as const;

/** The name of a growth case. */
export type GrowthCase = keyof typeof GROWTH_DOCUMENTS;
