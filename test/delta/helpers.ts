/**
 * Test helpers for deltas: loading fixture pairs, and reading a redline back as clauses (through
 * pandoc or our own .docx reader) to compare with a version's own clauses.
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { textBlockText } from '../../src/delta/block-diff.js';
import type { Document } from '../../src/model/document.js';
import { normaliseText } from '../../src/model/text.js';
import { parseDocument } from '../../src/parse/parse-document.js';

/** Root of the delta fixtures. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'delta');

/** Root of the repository. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** `true` when pandoc is on the PATH. */
export const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

/** `true` when LibreOffice is on the PATH. */
export const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

/**
 * Parse a Markdown file.
 * @param path Absolute path.
 * @param shown Path recorded in the document.
 * @returns The document.
 */
export function load(path: string, shown = path): Document {
  return parseDocument(readFileSync(path, 'utf8'), shown).document;
}

/** Every fixture pair's directory name (a directory with an `old.md`), sorted. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'old.md')))
    .map((entry) => entry.name)
    .sort();
}

/** A block read back from a .docx, reduced to what the comparison needs. */
export type ReadBlock = { kind: 'paragraph'; text: string; role: 'heading' | 'note' | 'body' } | { kind: 'table'; rows: string[][] };

/** A version as the comparison sees it: headings (with section intros) and clauses, each as normalised text, in order. */
export interface VersionText {
  /** `4 Migration`, ... */
  headings: string[];
  /** `[id, "4.24 text of every block"]`, in order. */
  clauses: Array<[string, string]>;
}

const CLAUSE_START = /^(\d+(?:\.\d+)+[A-Z]{0,3})(?:\s|$)/;

function tableText(rows: readonly string[][]): string {
  return rows.filter((row) => row.some((cell) => cell.trim() !== '')).map((row) => row.join(' ')).join(' ');
}

/**
 * The text of a version from its model.
 * @param document The version.
 * @returns Headings and clauses, normalised.
 */
export function versionText(document: Document): VersionText {
  const headings: string[] = [];
  const walk = (sections: Document['sections']): void => {
    for (const section of sections) {
      const intro = section.blocks.map((block) => (block.kind === 'table' ? tableText([block.header, ...block.rows]) : textBlockText(block)));
      headings.push(normaliseText([section.number ?? '', section.title, ...intro].join(' ')));
      walk(section.children);
    }
  };
  walk(document.sections);
  const clauses = document.clauses.map((clause): [string, string] => {
    const text = clause.blocks.map((block) => (block.kind === 'table' ? tableText([block.header, ...block.rows]) : textBlockText(block)));
    return [clause.id, normaliseText([clause.id, ...text].join(' '))];
  });
  return { headings, clauses };
}

/**
 * Group the blocks of a redline read back (after its `Redline` heading) into headings and clauses.
 * Notes are skipped; empty paragraphs too.
 * @param blocks Blocks in order.
 * @returns Headings and clauses, normalised.
 */
export function redlineText(blocks: readonly ReadBlock[]): VersionText {
  const start = blocks.findIndex((block) => block.kind === 'paragraph' && block.role === 'heading' && block.text.trim() === 'Redline');
  const headings: string[][] = [];
  const clauses: Array<[string, string[]]> = [];
  let current: string[] | null = null;
  for (const block of blocks.slice(start + 1)) {
    if (block.kind === 'table') {
      current?.push(tableText(block.rows));
      continue;
    }
    const text = normaliseText(block.text);
    if (block.role === 'note' || text === '') continue;
    if (block.role !== 'heading' && current === null) {
      // Text before any heading: an untitled heading (the preamble of a document whose title is its front matter).
      current = [];
      headings.push(current);
    }
    if (block.role === 'heading') {
      current = [text];
      headings.push(current);
      continue;
    }
    const match = CLAUSE_START.exec(text);
    if (match?.[1]) {
      current = [text];
      clauses.push([match[1], current]);
    } else current?.push(text);
  }
  return { headings: headings.map((parts) => normaliseText(parts.join(' '))), clauses: clauses.map(([id, parts]) => [id, normaliseText(parts.join(' '))]) };
}

type PandocNode = { t: string; c?: unknown };

function inlineText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((node: PandocNode) => {
      switch (node.t) {
        case 'Str':
          return String(node.c);
        case 'Space':
        case 'SoftBreak':
        case 'LineBreak':
          return ' ';
        case 'Emph':
        case 'Strong':
        case 'Underline':
        case 'Strikeout':
        case 'SmallCaps':
        case 'Superscript':
        case 'Subscript':
          return inlineText(node.c);
        case 'Span':
        case 'Link':
        case 'Quoted':
          return inlineText((node.c as unknown[])[1]);
        case 'Code':
          return String((node.c as unknown[])[1]);
        default:
          return '';
      }
    })
    .join('');
}

function pandocBlocks(nodes: readonly PandocNode[], role: 'body' | 'note'): ReadBlock[] {
  const out: ReadBlock[] = [];
  for (const node of nodes) {
    switch (node.t) {
      case 'Header':
        out.push({ kind: 'paragraph', text: inlineText((node.c as unknown[])[2]), role: 'heading' });
        break;
      case 'Para':
      case 'Plain':
        out.push({ kind: 'paragraph', text: inlineText(node.c), role });
        break;
      case 'Div': {
        const [attr, children] = node.c as [[string, string[], Array<[string, string]>], PandocNode[]];
        const style = attr[2].find(([key]) => key === 'custom-style')?.[1];
        out.push(...pandocBlocks(children, style === 'Delta Note' ? 'note' : role));
        break;
      }
      case 'BlockQuote':
        out.push(...pandocBlocks(node.c as PandocNode[], role));
        break;
      case 'BulletList':
      case 'OrderedList': {
        const items = (node.t === 'OrderedList' ? (node.c as unknown[])[1] : node.c) as PandocNode[][];
        for (const item of items) out.push(...pandocBlocks(item, role));
        break;
      }
      case 'Table': {
        const c = node.c as unknown[];
        const rowsOf = (rows: unknown): string[][] =>
          (rows as Array<[unknown, Array<[unknown, unknown, unknown, unknown, PandocNode[]]>]>).map(([, cells]) =>
            cells.map((cell) => pandocBlocks(cell[4], 'body').map((b) => (b.kind === 'paragraph' ? b.text : tableText(b.rows))).join(' ')),
          );
        const head = rowsOf((c[3] as unknown[])[1]);
        const bodies = (c[4] as unknown[][]).flatMap((body) => [...rowsOf(body[2]), ...rowsOf(body[3])]);
        out.push({ kind: 'table', rows: [...head, ...bodies] });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/**
 * Read a .docx with pandoc in the accept or reject view of its tracked changes.
 * @param path The .docx file.
 * @param view `accept` or `reject`.
 * @returns Blocks.
 */
export function pandocRead(path: string, view: 'accept' | 'reject'): ReadBlock[] {
  const json = execFileSync('pandoc', ['-f', 'docx+styles', '-t', 'json', `--track-changes=${view}`, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return pandocBlocks((JSON.parse(json) as { blocks: PandocNode[] }).blocks, 'body');
}
