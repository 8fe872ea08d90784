#!/usr/bin/env node
// Regenerates the FOCb sample responses (documents/consultations/focb/responses/*.docx) by
// filling the generated response template as respondents would. Run with `npm run samples`
// (it builds dist/ first). The output is deterministic: re-running changes no byte.
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = process.env.TMAD_DIST ?? join(root, 'dist');
const { loadConsultation, makeTemplate, sampleResponses } = await import(pathToFileURL(join(dist, 'consult/index.js')).href);

async function tree(dir) {
  const files = new Map();
  async function walk(path) {
    for (const name of await readdir(path)) {
      const full = join(path, name);
      if ((await stat(full)).isDirectory()) await walk(full);
      else files.set(relative(dir, full).split('\\').join('/'), new Uint8Array(await readFile(full)));
    }
  }
  await walk(dir);
  return files;
}

const documents = join(root, 'documents');
const { bundle, diagnostics } = loadConsultation(await tree(documents), 'focb');
if (!bundle) {
  console.error(diagnostics.map((d) => `${d.file}: ${d.reason}`).join('\n'));
  process.exit(3);
}
const texts = {
  template: await readFile(join(root, 'templates/response-template.yaml'), 'utf8'),
  report: await readFile(join(root, 'templates/conclusion-report.yaml'), 'utf8'),
};
const template = await makeTemplate(bundle, texts);
const out = join(documents, 'consultations/focb/responses');
await mkdir(out, { recursive: true });
for (const file of sampleResponses(template, bundle.consultation)) await writeFile(join(out, file.name), file.bytes);
console.error(`wrote ${sampleResponses(template, bundle.consultation).length} sample responses to ${relative(root, out)}/`);
