/**
 * The traceability matrix as a standalone HTML page (inline CSS, no script, everything escaped):
 * a summary with counts, then one table per heading (clause and its obligation, status, linked
 * checks with their state and place), orphaned links and policy findings.
 * @module
 */
import type { ClauseStatus, LinkState, TraceReport } from '../types.js';
import { STATE_MEANING, STATUS_MEANING, STATUS_ORDER, plural } from './labels.js';
import { countChecks, matrixGroups } from './matrix-rows.js';
import { escapeXml as h } from './xml-escape.js';

const STATUS_CLASS: Record<ClauseStatus, string> = {
  conformant: 'good',
  failing: 'bad',
  skipped: 'warn',
  unverified: 'warn',
  untested: 'gap',
  'not-normative': 'muted',
};

const STATE_CLASS: Record<LinkState, string> = {
  ok: 'good',
  failing: 'bad',
  skipped: 'warn',
  'no-result': 'warn',
  stale: 'bad',
  unreviewed: 'warn',
  renumbered: 'bad',
  orphan: 'bad',
};

const STYLE = `
:root { color-scheme: light; --good: #1a7f37; --bad: #b42318; --warn: #9a6700; --gap: #6e4fc4; --muted: #6b7280; --line: #d7dbe0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Liberation Sans", Arial, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; background: #fff; min-height: 100vh; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
p.meta { color: #57606a; margin: 0 0 16px; }
.verdict { display: inline-block; font-weight: 600; padding: 6px 12px; border-radius: 6px; margin: 4px 0 16px; }
.verdict.pass { background: #dafbe1; color: var(--good); }
.verdict.fail { background: #ffebe9; color: var(--bad); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 20px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 120px; }
.card b { display: block; font-size: 22px; }
.card span { font-size: 13px; color: #57606a; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 8px; table-layout: fixed; }
th, td { border-bottom: 1px solid var(--line); padding: 7px 8px; vertical-align: top; text-align: left; }
th { font-size: 13px; color: #57606a; font-weight: 600; background: #f6f8fa; }
td.id { white-space: nowrap; font-weight: 600; }
td.text { color: #3d444d; }
col.id { width: 112px; } col.text { width: 38%; } col.st { width: 124px; }
td { overflow-wrap: anywhere; }
tr.muted td { color: var(--muted); }
ul.checks { list-style: none; margin: 0; padding: 0; }
ul.checks li { margin: 0 0 6px; }
code, .where { font: 12.5px/1.4 ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; color: #57606a; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 10px; padding: 1px 8px; border: 1px solid currentColor; white-space: nowrap; }
.good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); } .gap { color: var(--gap); } .muted { color: var(--muted); }
.detail { font-size: 13px; color: #57606a; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; font-size: 13px; margin: 8px 0 0; }
dl.legend dd { margin: 0; color: #57606a; }
ul.findings li { margin-bottom: 4px; }
`;

function badge(text: string, className: string): string {
  return `<span class="badge ${className}">${h(text)}</span>`;
}

/**
 * Format a trace report as a standalone HTML traceability matrix.
 * @param report The report.
 * @returns The HTML page, ending in a newline.
 */
export function reportTraceHtml(report: TraceReport): string {
  const title = `${report.documentKey} ${report.version} traceability matrix`;
  const errors = report.findings.filter((finding) => finding.level === 'error').length;
  const warnings = report.findings.filter((finding) => finding.level === 'warning').length;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${h(title)}</h1>`,
    `<p class="meta">Version ${h(report.version)}${report.date ? ` of ${h(report.date)}` : ''} · <code>${h(report.file)}</code> · ${h(plural(report.clauses.length, 'clause'))} · ${h(plural(countChecks(report), 'linked check'))}${report.hasResults ? '' : ' · <strong>no test results given</strong>: linked checks show as unverified'}</p>`,
    `<div class="verdict ${report.passed ? 'pass' : 'fail'}">Policy ${report.passed ? 'passed' : 'failed'}: ${h(plural(errors, 'error'))}, ${h(plural(warnings, 'warning'))}${report.hasResults ? '' : ' (no test results were given: run the linked checks with JUnit output, e.g. <code>npm run conformance</code>, then build again)'}</div>`,
    '<div class="cards">',
    ...STATUS_ORDER.map((status) => `<div class="card"><b class="${STATUS_CLASS[status]}">${report.counts[status]}</b><span>${h(status)}</span></div>`),
    `<div class="card"><b class="${report.orphans.length > 0 ? 'bad' : 'muted'}">${report.orphans.length}</b><span>orphaned links</span></div>`,
    '</div>',
    '<dl class="legend">',
    ...STATUS_ORDER.map((status) => `<dt>${badge(status, STATUS_CLASS[status])}</dt><dd>${h(STATUS_MEANING[status])}</dd>`),
    '</dl>',
  ];
  for (const group of matrixGroups(report)) {
    out.push(`<h2>${h(group.section)} ${h(group.heading)}</h2>`, '<table>', '<colgroup><col class="id"><col class="text"><col class="st"><col></colgroup>', '<thead><tr><th>Clause</th><th>Obligation</th><th>Status</th><th>Checks</th></tr></thead>', '<tbody>');
    for (const clause of group.clauses) {
      const checks = clause.links.map((link) => {
        const renamed = link.link.clauseId !== clause.id ? ` <span class="detail">(linked as ${h(link.link.clauseId)})</span>` : '';
        const detail = link.state === 'ok' ? '' : `<div class="detail">${h(link.detail)}</div>`;
        return `<li>${badge(link.state, STATE_CLASS[link.state])} ${h(link.link.test)}${renamed}<br><span class="where">${h(`${link.link.file}:${link.link.line}`)}</span>${detail}</li>`;
      });
      const muted = clause.status === 'not-normative' ? ' class="muted"' : '';
      out.push(
        `<tr${muted} id="clause-${h(clause.id)}"><td class="id">${h(clause.address)}</td><td class="text">${h(clause.summary)}</td><td class="st">${badge(clause.status, STATUS_CLASS[clause.status])}</td><td>${checks.length > 0 ? `<ul class="checks">${checks.join('')}</ul>` : '<span class="muted">—</span>'}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  if (report.orphans.length > 0) {
    out.push('<h2>Orphaned links</h2>', '<table>', '<thead><tr><th>Linked clause</th><th>Check</th><th>Why</th></tr></thead>', '<tbody>');
    for (const orphan of report.orphans) {
      out.push(`<tr><td class="id">${h(`${report.documentKey} ${orphan.link.clauseId}`)}</td><td>${h(orphan.link.test)}<br><span class="where">${h(`${orphan.link.file}:${orphan.link.line}`)}</span></td><td>${badge('orphan', 'bad')} ${h(orphan.detail)}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  if (report.findings.length > 0) {
    out.push('<h2>Policy findings</h2>', '<ul class="findings">');
    for (const finding of report.findings) out.push(`<li>${badge(finding.level, finding.level === 'error' ? 'bad' : 'warn')} <code>${h(finding.rule)}</code> ${h(finding.message)}</li>`);
    out.push('</ul>');
  }
  out.push('<h2>Link states</h2>', '<dl class="legend">', ...Object.entries(STATE_MEANING).map(([state, meaning]) => `<dt>${badge(state, STATE_CLASS[state as LinkState])}</dt><dd>${h(meaning)}</dd>`), '</dl>');
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
