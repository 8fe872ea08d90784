/**
 * Every .docx the project writes (clean copies, redlines, the consultation's response template, both
 * conclusion reports), from a real build, validated part by part against the ECMA-376 Transitional schemas
 * (`../shared/ooxml-schemas/driver.xsd`) with xmllint, after removing only what each part marks
 * `mc:Ignorable` (Markup Compatibility, ECMA-376 Part 3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, buildRepository } from './support.js';

const DRIVER = join(ROOT, '../shared/ooxml-schemas/driver.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasSchemas = existsSync(DRIVER);
if (!hasXmllint) console.warn('ooxml-schema.test.ts: xmllint is not installed (Debian libxml2-utils), skipping the schema validation (CI installs it)');
if (!hasSchemas) console.warn(`ooxml-schema.test.ts: ${DRIVER} not found, skipping the schema validation`);

/**
 * A part without what its root marks `mc:Ignorable`: elements (with their content) and attributes whose prefix
 * is one of the ignorable namespaces' prefixes. Nothing else is touched.
 * @param xml The part.
 * @returns The part to validate.
 */
export function dropIgnorable(xml: string): string {
  const ignorable = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  let out = xml;
  for (const prefix of ignorable) {
    const p = prefix.replace(/[^A-Za-z0-9_-]/g, '');
    let before;
    do {
      before = out;
      out = out.replace(new RegExp(`<${p}:([A-Za-z0-9_.-]+)\\b[^>]*?/>`, 'g'), '').replace(new RegExp(`<${p}:([A-Za-z0-9_.-]+)\\b[^>]*?>[\\s\\S]*?</${p}:\\1>`, 'g'), '');
    } while (out !== before);
    out = out.replace(new RegExp(`\\s${p}:[A-Za-z0-9_.-]+="[^"]*"`, 'g'), '');
  }
  // The mc:Ignorable attribute is the Markup Compatibility instruction itself: an MCE processor consumes it.
  return ignorable.length > 0 ? out.replace(/\smc:Ignorable="[^"]*"/, '') : out;
}

describe('dropIgnorable', () => {
  it('removes only the ignorable namespaces', () => {
    const xml = '<w:document xmlns:mc="m" xmlns:w14="x" mc:Ignorable="w14"><w:p w14:paraId="1" w:rsidR="2"><w14:a/><w14:b k="v"><w:r/></w14:b><w:r/></w:p></w:document>';
    expect(dropIgnorable(xml)).toBe('<w:document xmlns:mc="m" xmlns:w14="x"><w:p w:rsidR="2"><w:r/></w:p></w:document>');
  });
});

describe.skipIf(!hasXmllint || !hasSchemas)('the schema check', () => {
  it('fails on a part the schemas do not allow', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tmad-ooxml-bad-')), 'document.xml');
    writeFileSync(file, '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:bogus/></w:p></w:body></w:document>');
    const run = spawnSync('xmllint', ['--noout', '--schema', DRIVER, file], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('bogus');
  });
});

describe.skipIf(!hasXmllint || !hasSchemas)('every .docx of a build against the ECMA-376 schemas', async () => {
  const result = await buildRepository();
  const docx = result.outputs.filter((output) => output.path.endsWith('.docx'));
  const dir = mkdtempSync(join(tmpdir(), 'tmad-ooxml-'));

  it('covers every kind the project writes', () => {
    const paths = docx.map((output) => output.path);
    expect(paths).toEqual(expect.arrayContaining(['tmad/8.1.docx', 'tmad/8.1-delta-vs-8.0.docx', 'consultations/focb/response-template.docx', 'consultations/focb/report-beis.docx', 'consultations/focb/report-public.docx']));
  });

  it.each(docx.map((output) => [output.path, output.content] as const))('%s: every XML part is valid', (path, content) => {
    const parts = unzipSync(typeof content === 'string' ? new TextEncoder().encode(content) : content);
    const files: Array<[string, string]> = [];
    for (const [name, data] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = join(dir, `${path.replace(/[^A-Za-z0-9.]+/g, '_')}--${name.replace(/[^A-Za-z0-9.]+/g, '_')}`);
      writeFileSync(file, dropIgnorable(strFromU8(data)));
      files.push([name, file]);
    }
    expect(files.length).toBeGreaterThan(8);
    // One xmllint per package: it loads the schemas once and reports each part.
    const run = spawnSync('xmllint', ['--noout', '--schema', DRIVER, ...files.map(([, file]) => file)], { encoding: 'utf8' });
    const failures = run.stderr.split('\n').filter((line) => line.includes('validity error') || line.includes('parser error') || line.includes('fails to validate')).map((line) => line.replace(/^.*?--/, '')).slice(0, 10);
    for (const [name, file] of files) expect(run.stderr, name).toContain(`${file} validates`);
    expect(failures).toEqual([]);
  });
}, 300_000);
