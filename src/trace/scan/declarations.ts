/**
 * Turning the test names and annotation comments found by a language scanner into `Link`s.
 * @module
 */
import type { Link, LinkDeclaration, SourceLanguage } from '../types.js';
import { findClauseAddresses } from './clause-addresses.js';

/** A piece of source text that may declare clauses: a test name or a comment, with where it starts. */
export interface DeclarationText {
  /** The raw source text (quotes or comment markers included, so offsets are exact). */
  text: string;
  /** 1-based line of its first character. */
  line: number;
  /** 1-based column of its first character. */
  column: number;
  /** A test name or an annotation comment. */
  declaredIn: LinkDeclaration;
}

/** A check found by a scanner. */
export interface FoundCheck {
  /** Full name as reports show it. */
  test: string;
  /** The check's own name. */
  name: string;
  /** Qualifiers reports put in `classname` (file, module, class). */
  scope: string[];
  /** Where its name and annotations are (and those of enclosing groups). */
  declarations: DeclarationText[];
  /** Other names reports may give it (a display name). */
  aliases?: string[];
}

/**
 * The links a check declares: every clause address in its declarations, once per clause (the
 * first declaration wins), in order of appearance.
 * @param check The check.
 * @param file Source file (repository-relative).
 * @param language Language of the file.
 * @param documentKey Document key, e.g. `TMAD`.
 * @returns Its links.
 */
export function linksOfCheck(check: FoundCheck, file: string, language: SourceLanguage, documentKey: string): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const declaration of check.declarations) {
    for (const found of findClauseAddresses(declaration.text, documentKey)) {
      if (seen.has(found.id)) continue;
      seen.add(found.id);
      const before = declaration.text.slice(0, found.index);
      const newlines = before.split('\n').length - 1;
      const line = declaration.line + newlines;
      const column = newlines === 0 ? declaration.column + found.index : found.index - before.lastIndexOf('\n');
      links.push({ clauseId: found.id, file, line, column, declaredIn: declaration.declaredIn, language, test: check.test, name: check.name, scope: check.scope, aliases: check.aliases ?? [] });
    }
  }
  return links;
}
