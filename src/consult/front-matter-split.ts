/**
 * Splitting a Markdown file into its YAML front matter and body.
 * @module
 */

/**
 * Split `---` fenced front matter from the body.
 * @param text The file.
 * @returns The YAML (null when there is none), the body, and the body's first line number (1-based).
 */
export function splitFrontMatter(text: string): { yaml: string | null; body: string; bodyLine: number } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { yaml: null, body: source, bodyLine: 1 };
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Split a Markdown body at `##` headings into sections of blank-line separated paragraphs.
 * Text before the first `##` heading is returned under an empty title.
 * @param body Markdown.
 * @returns Sections in order.
 */
export function splitSections(body: string): Array<{ title: string; paragraphs: string[] }> {
  const sections: Array<{ title: string; paragraphs: string[] }> = [];
  let current: { title: string; lines: string[] } = { title: '', lines: [] };
  const flush = (): void => {
    const paragraphs = current.lines.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
    if (current.title !== '' || paragraphs.length > 0) sections.push({ title: current.title, paragraphs });
  };
  for (const line of body.split('\n')) {
    const heading = /^##[ \t]+(\S.*)$/.exec(line);
    if (heading) {
      flush();
      // Closing #s and spaces trimmed without a backtracking regex (linear on long runs of spaces).
      current = { title: (heading[1] ?? '').trimEnd().replace(/#+$/, '').trimEnd(), lines: [] };
    } else if (!/^#\s/.test(line)) current.lines.push(line);
  }
  flush();
  return sections;
}
