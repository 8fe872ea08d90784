/**
 * Loading the repository's FOCb consultation for tests.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConsultation, type ConsultationBundle, type WordingTexts } from '../../src/consult/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every file under `documents/`, keyed relative to it.
 * @returns The files.
 */
export function documentFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const base = join(ROOT, 'documents');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(base, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(base);
  return files;
}

/**
 * The FOCb bundle and the wording texts.
 * @returns Both.
 */
export function focb(): { bundle: ConsultationBundle; texts: WordingTexts } {
  const { bundle, diagnostics } = loadConsultation(documentFiles(), 'focb');
  if (!bundle) throw new Error(diagnostics.map((d) => d.reason).join('\n'));
  return {
    bundle,
    texts: {
      template: readFileSync(join(ROOT, 'templates/response-template.yaml'), 'utf8'),
      report: readFileSync(join(ROOT, 'templates/conclusion-report.yaml'), 'utf8'),
    },
  };
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether LibreOffice is installed. */
export const hasSoffice = has('soffice');
