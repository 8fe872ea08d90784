/**
 * The builder and the Markdown reader walk without recursion and in linear time: a 10,000-deep
 * block quote or list does not overflow the stack, and 20,000 clauses cost about twice 10,000.
 */
import { describe, expect, it } from 'vitest';
import type { BlockContent, List, ListItem, Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { mdastToDocument } from '../../src/parse/mdast-to-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const depth = 10_000;
const point = (line: number) => ({ line, column: 1, offset: 0 });
const at = { start: point(1), end: point(1) };

/** A block quote `depth` deep around one paragraph, as an mdast tree (remark-parse itself is super-linear on such input). */
function deepQuote(): Root {
  let node: RootContent = { type: 'paragraph', children: [{ type: 'text', value: '4.1 The DCC shall act.' }], position: at };
  for (let index = 0; index < depth; index++) node = { type: 'blockquote', children: [node as BlockContent], position: at };
  return { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: '4 M' }], position: at }, node] };
}

/** A list nested `depth` deep, one item per level. */
function deepList(): Root {
  let list: List | undefined;
  for (let index = depth - 1; index >= 0; index--) {
    const item: ListItem = { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: `item ${index}` }], position: at }], position: at };
    if (list) item.children.push(list);
    list = { type: 'list', ordered: false, children: [item], position: at };
  }
  const clause: RootContent = { type: 'paragraph', children: [{ type: 'text', value: '4.1 Text.' }], position: at };
  return { type: 'root', children: [clause, ...(list ? [list] : [])] };
}

describe('deep nesting', () => {
  it('a 10,000-deep block quote builds (its clause is found)', () => {
    const document = mdastToDocument(deepQuote(), new VFile({ path: 'quote.md', value: '' }));
    expect(document.clauses.map((clause) => clause.id)).toEqual(['4.1']);
  });

  it('a 10,000-deep list builds (every item kept, at its level)', () => {
    const document = mdastToDocument(deepList(), new VFile({ path: 'list.md', value: '' }));
    const blocks = document.clauses[0]?.blocks ?? [];
    expect(blocks.length).toBe(depth + 1);
    expect(blocks.at(-1)).toMatchObject({ kind: 'item', level: depth, text: `item ${depth - 1}` });
  });

  it('a 1,000-deep block quote parses through remark', () => {
    const { document } = parseDocument(`## 4 M\n\n${'> '.repeat(1000)}**4.1** The DCC shall act.\n`, 'quote.md');
    expect(document.clauses.map((clause) => clause.id)).toEqual(['4.1']);
  });
});

describe('linear time', () => {
  const documentOf = (clauses: number): string => {
    const lines = ['---', 'document: TMAD', 'version: "1"', 'date: 2020-01-01', '---', '## 4 M', ''];
    for (let index = 1; index <= clauses; index++) lines.push(`4.${index} The DCC shall act under Clause 4.${Math.max(1, index - 1)} and 4.${Math.max(1, index - 2)} to 4.${index}.`, '');
    return lines.join('\n');
  };
  const time = (clauses: number): number => {
    const text = documentOf(clauses);
    const start = performance.now();
    const { document } = parseDocument(text, 'big.md');
    const elapsed = performance.now() - start;
    expect(document.clauses.length).toBe(clauses);
    return elapsed;
  };

  it('one clause per line: 10,000 clauses cost far less than 16 times 2,500 (no quadratic step)', () => {
    time(1_000); // warm up
    const small = Math.min(time(2_500), time(2_500));
    const large = Math.min(time(10_000), time(10_000));
    // Linear gives a ratio near 4; quadratic near 16. Generous margin for a shared machine.
    expect(large / small).toBeLessThan(9);
  });
});
