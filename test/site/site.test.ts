/**
 * The published site and the HTML redline in a real browser (Debian's chromium through playwright-core), from
 * `file://`: every link resolves, no console errors, no serious or critical accessibility violation (axe-core),
 * the redline views work (changes only, side by side, next change with the keyboard, filters); screenshots are
 * saved for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepository } from '../publish/support.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`site.test.ts: ${CHROMIUM} not found, skipping the browser tests (CI installs Debian's chromium)`);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('the site in a browser', async () => {
  const result = await buildRepository();
  const root = mkdtempSync(join(tmpdir(), 'tmad-site-'));
  const shots = mkdtempSync(join(tmpdir(), 'tmad-site-shots-'));
  for (const output of result.outputs.filter((o) => o.public)) {
    const file = join(root, output.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, output.content);
  }
  const pages = result.outputs.filter((o) => o.public && o.path.endsWith('.html')).map((o) => o.path);
  let browser: BrowserContext;
  beforeAll(async () => {
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tmad-chromium-')), { executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    console.info(`site.test.ts: screenshots in ${shots}`);
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(root, path)).href);
    return { page, errors };
  }

  it('has an index, a page per version, delta, consultation and clause', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'tmad/8.1.html', 'tmad/8.1-delta-vs-8.0.html', 'consultations/focb/index.html', 'clauses/tmad/4.24.html', 'trace/tmad-8.1-matrix.html']));
  });

  it('links only to files that exist, and to anchors that exist', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(root, path), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, href = ''] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^[a-z]+:/i.test(href)) continue;
        const [file = '', anchor] = href.split('#');
        const target = file === '' ? join(root, path) : join(root, dirname(path), file);
        if (!existsSync(target)) broken.push(`${path} -> ${href}`);
        else if (anchor && !(file === '' ? ids : new Set([...readFileSync(target, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))).has(anchor)) broken.push(`${path} -> ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  const sample = ['index.html', 'tmad/8.1.html', 'tmad/8.1-delta-vs-8.0.html', 'tmad/7.2-delta-vs-7.1.html', 'consultations/focb/index.html', 'clauses/tmad/4.24.html', 'clauses/tmad/1.2.html'];
  it.each(sample)('%s: no console error, no serious or critical axe violation', async (path) => {
    const { page, errors } = await open(path);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      // axe is the global the script tag defines.
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      const run = await axe.run();
      return run.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(shots, `${path.replace(/[^A-Za-z0-9.]+/g, '_')}.png`), fullPage: path.startsWith('clauses/') });
    await page.close();
  });

  it('filters the clause index on the page', async () => {
    const { page, errors } = await open('index.html');
    const all = await page.locator('#clauses tbody tr:not([hidden])').count();
    await page.fill('#clause-filter', '4.24');
    const some = await page.locator('#clauses tbody tr:not([hidden])').count();
    expect(all).toBeGreaterThan(100);
    expect(some).toBeGreaterThanOrEqual(2);
    expect(some).toBeLessThan(10);
    expect(await page.locator('#clause-count').textContent()).toBe(`${some} of ${all} clauses`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('redline views: changes only, side by side, next change with the keyboard, filters', async () => {
    const { page, errors } = await open('tmad/7.2-delta-vs-7.1.html');
    const visible = (selector: string): Promise<number> => page.locator(selector).filter({ visible: true }).count();
    const unchanged = await visible('.change[data-kind="unchanged"]');
    expect(unchanged).toBeGreaterThan(50);
    await page.click('button[data-show="changes"]');
    expect(await visible('.change[data-kind="unchanged"]')).toBe(0);
    expect(await visible('.change[data-kind="renumbered"]')).toBe(10);
    await page.keyboard.press('n');
    await page.keyboard.press('j');
    expect(await page.locator('.views .position').textContent()).toMatch(/^Change 2 of \d+$/);
    await page.keyboard.press('k');
    expect(await page.locator('.views .position').textContent()).toMatch(/^Change 1 of \d+$/);
    await page.click('button[data-kind="renumbered"]');
    expect(await visible('.change[data-kind="renumbered"]')).toBe(0);
    await page.click('button[data-layout="sides"]');
    const sides = page.locator('.change[data-kind="amended"]:has(.inline del) .sides').first();
    expect(await sides.locator('.old ins').count()).toBe(0);
    expect(await sides.locator('.new del').count()).toBe(0);
    expect(await sides.locator('.old del').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'delta-7.2-changes-only-side-by-side.png') });
    await page.click('button[data-layout="inline"]');
    expect(await visible('.sides')).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
}, 300_000);
