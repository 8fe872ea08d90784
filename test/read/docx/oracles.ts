/**
 * The oracles the Word reader is judged by: LibreOffice's text export (the list numbers Word shows)
 * and pandoc's plain text in each view of tracked changes. Both run as real tools; callers skip
 * clearly when a tool is absent.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceBlock, SourceDocument } from '../../../src/read/source-block.js';

/** `true` when a command runs. */
export function hasTool(command: string, args: string[] = ['--version']): boolean {
  const run = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return run.status === 0;
}

/**
 * Convert every file to text in ONE soffice process with a private profile.
 * @param files .docx paths.
 * @returns The text lines of each file's export, by path.
 */
export function libreOfficeText(files: readonly string[]): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tmad-word-lo-'));
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', join(dir, 'out'), ...files], { encoding: 'utf8', timeout: 240_000 });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    const out = new Map<string, string[]>();
    for (const file of files) {
      const text = readFileSync(join(dir, 'out', basename(file).replace(/\.docx$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
      out.set(file, text.split(/\r?\n/));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * pandoc's reading of a .docx in one view (`--track-changes=accept|reject`), as normalised
 * paragraph texts: paragraphs, headings, list items' and table cells' paragraphs, in order, empty
 * ones dropped, footnotes left out, table of contents entries apart (`contents`). Read from pandoc's JSON AST rather than `-t plain`, which draws
 * tables as ASCII art and wraps lines; the text is the same.
 * @param file The .docx.
 * @param view accept or reject.
 * @returns Paragraph texts.
 */
export function pandocParagraphs(file: string, view: 'accept' | 'reject'): Paragraphs & { contents: string[] } {
  const run = spawnSync('pandoc', [`--track-changes=${view}`, '-t', 'json', file], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`pandoc failed: ${run.stderr}`);
  const out: Paragraphs & { contents: string[] } = { body: [], cells: [], contents: [] };
  const visit = (node: unknown, inTable: boolean): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, inTable);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const { t, c } = node as { t?: string; c?: unknown };
    const into = inTable ? out.cells : out.body;
    if (t === 'Note') return;
    if ((t === 'Para' || t === 'Plain') && linksToContentsAnchor(c)) out.contents.push(normalise(inlineText(c)));
    else if (t === 'Para' || t === 'Plain') into.push(normalise(inlineText(c)));
    else if (t === 'Header' && Array.isArray(c)) into.push(normalise(inlineText(c[2])));
    else visit(c ?? Object.values(node), inTable || t === 'Table');
  };
  visit((JSON.parse(run.stdout) as { blocks: unknown }).blocks, false);
  return { body: out.body.filter((text) => text !== ''), cells: out.cells.filter((text) => text !== ''), contents: out.contents };
}

/**
 * A table of contents entry as pandoc reads one: a paragraph that is a single internal link (to
 * the heading, `#introduction`). pandoc keeps contents as text; tmad leaves them out.
 */
function linksToContentsAnchor(node: unknown): boolean {
  if (!Array.isArray(node) || node.length !== 1) return false;
  const { t, c } = node[0] as { t?: string; c?: unknown };
  if (t !== 'Link' || !Array.isArray(c)) return false;
  const target = c[2] as unknown;
  return Array.isArray(target) && typeof target[0] === 'string' && target[0].startsWith('#');
}

/** Paragraph texts outside tables, in order, and inside table cells. */
export interface Paragraphs {
  /** Paragraphs and headings outside tables, in order. */
  body: string[];
  /** Paragraphs of table cells, in order (a merged cell once for pandoc, in each grid cell for tmad). */
  cells: string[];
}

function inlineText(node: unknown): string {
  if (Array.isArray(node)) return node.map(inlineText).join('');
  if (!node || typeof node !== 'object') return '';
  const { t, c } = node as { t?: string; c?: unknown };
  switch (t) {
    case 'Str':
      return typeof c === 'string' ? c : '';
    case 'Space':
    case 'SoftBreak':
      return ' ';
    case 'LineBreak':
      return '\n';
    case 'Note':
      return '';
    case 'Code':
    case 'Math':
      return Array.isArray(c) ? String(c[1]) : '';
    case 'Quoted':
      return Array.isArray(c) ? `${(c[0] as { t?: string }).t === 'SingleQuote' ? '\u2018' : '\u201c'}${inlineText(c[1])}${(c[0] as { t?: string }).t === 'SingleQuote' ? '\u2019' : '\u201d'}` : '';
    case 'Link':
    case 'Image':
    case 'Span':
      return Array.isArray(c) ? inlineText(c[1]) : '';
    case 'Cite':
      return Array.isArray(c) ? inlineText(c[1]) : '';
    default:
      return inlineText(c);
  }
}

/** Collapse white space and trim. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One numbered paragraph compared with LibreOffice. */
export interface NumberComparison {
  /** Numbered paragraphs (automatic numbers, bullets excluded). */
  numbered: number;
  /** Equal numbers. */
  matched: number;
  /** Different numbers: ours, LibreOffice's, the text. */
  mismatches: Array<{ ours: string; theirs: string; text: string }>;
  /** Numbered paragraphs whose text LibreOffice's export does not hold. */
  unaligned: string[];
}

/** Text blocks (headings, paragraphs) with an automatic number. */
function numberedBlocks(blocks: readonly SourceBlock[]): Array<{ number: string; text: string }> {
  const out: Array<{ number: string; text: string }> = [];
  for (const block of blocks) if ((block.kind === 'paragraph' || block.kind === 'heading') && block.number?.origin === 'auto') out.push({ number: block.number.text, text: normalise(block.text) });
  return out;
}

/**
 * Align numbered paragraphs with LibreOffice's lines by their text (in order) and compare the
 * number in front.
 * @param document Our reading.
 * @param lines LibreOffice's text export.
 * @returns The comparison.
 */
export function compareNumbers(document: SourceDocument, lines: readonly string[]): NumberComparison {
  const theirs = lines.map(normalise);
  const result: NumberComparison = { numbered: 0, matched: 0, mismatches: [], unaligned: [] };
  let cursor = 0;
  for (const { number, text } of numberedBlocks(document.blocks)) {
    result.numbered += 1;
    let found = -1;
    for (let index = cursor; index < theirs.length; index += 1) {
      const line = theirs[index] ?? '';
      if (text === '' ? /^\S+$/.test(line) : line.endsWith(text) && line.length > text.length) {
        found = index;
        break;
      }
    }
    if (found < 0) {
      result.unaligned.push(`${number} ${text}`);
      continue;
    }
    cursor = found + 1;
    const line = theirs[found] ?? '';
    const shown = text === '' ? line : line.slice(0, line.length - text.length).trim();
    if (shown === number) result.matched += 1;
    else result.mismatches.push({ ours: number, theirs: shown, text: text.slice(0, 60) });
  }
  return result;
}

/**
 * Our paragraph texts in a view, normalised as pandoc's are: headings and paragraphs, each table
 * cell's paragraphs, empty ones dropped.
 * @param document Our reading.
 * @returns Paragraph texts.
 */
export function ourParagraphs(document: SourceDocument): Paragraphs {
  const body: string[] = [];
  const cells: string[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') body.push(normalise(block.text));
    else if (block.kind === 'table') for (const row of [block.header, ...block.rows]) for (const cell of row) cells.push(...cell.split('\n').map(normalise));
  }
  return { body: body.filter((text) => text !== ''), cells: cells.filter((text) => text !== '') };
}
