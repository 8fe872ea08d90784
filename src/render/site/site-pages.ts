/**
 * The published site as static pages that work from `file://`: an index (versions, deltas, consultations, the
 * conformance matrix, every clause with a filter), a page per version (its clean text), per consultation and per
 * clause (its history across the chain, the consultation that changed it, its conformance). Relative links only;
 * a print stylesheet; no external asset.
 * @module
 */
import { escapeHtml, htmlPage, layoutBodyHtml, partsHtml } from '../delta-html.js';
import type { FileLinks, SiteClause, SiteConsultation, SiteModel, SiteVersion } from './site-model.js';

/** A page of the site: its path under the site root and its HTML. */
export interface SitePage {
  /** Path relative to the site root, e.g. `clauses/tmad/4.24.html`. */
  path: string;
  /** HTML. */
  content: string;
}

const SITE_STYLE = `
header.site { border-bottom: 1px solid #999; margin-bottom: 1em; padding-bottom: .4em; display: flex; gap: 1.2em; flex-wrap: wrap; align-items: baseline; }
header.site a { color: #1f4e79; } .files a { margin-right: .6em; }
.status { font-weight: bold; } .status-conformant { color: #0a5d1a; } .status-failing { color: #a4161a; }
input[type="search"], select { font: inherit; padding: .2em .4em; margin: .2em .6em .6em 0; }
blockquote { border-left: 3px solid #999; margin: .4em 0; padding-left: .8em; color: #222; }
@media print { header.site, .filters { display: none; } }
`;

/**
 * Every page of the site.
 * @param site The site model.
 * @returns Pages, index first.
 */
export function sitePages(site: SiteModel): SitePage[] {
  return [
    { path: 'index.html', content: indexPage(site) },
    ...site.versions.map((version) => ({ path: version.page, content: versionPage(site, version) })),
    ...site.clauses.map((clause) => ({ path: clause.page, content: clausePage(site, clause) })),
    ...site.consultations.map((consultation) => ({ path: consultation.page, content: consultationPage(site, consultation) })),
  ];
}

/** `../` as often as the page is deep. */
function up(page: string): string {
  return '../'.repeat(page.split('/').length - 1);
}

function page(site: SiteModel, path: string, title: string, body: string, script?: string): string {
  const root = up(path);
  const header = `<header class="site"><a href="${root}index.html">${escapeHtml(site.title)}</a>${site.matrix ? `<a href="${root}${site.matrix}">Conformance matrix</a>` : ''}${site.classification ? `<span class="classification">${escapeHtml(site.classification)}</span>` : ''}</header>\n`;
  return htmlPage(title, body, { before: header, style: SITE_STYLE, ...(script ? { script } : {}) });
}

function files(links: FileLinks, root: string): string {
  const entries = (['docx', 'pdf', 'md', 'json'] as const).filter((kind) => links[kind] !== undefined).map((kind) => `<a href="${root}${links[kind] ?? ''}">${kind === 'docx' ? 'Word' : kind.toUpperCase()}</a>`);
  return `<span class="files">${entries.join('')}</span>`;
}

const FILTER_SCRIPT = `
(function () {
  var input = document.getElementById('clause-filter');
  var status = document.getElementById('status-filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#clauses tbody tr'));
  var count = document.getElementById('clause-count');
  function apply() {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var wanted = status.value;
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-text');
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; }) && (wanted === '' || row.getAttribute('data-status') === wanted);
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' clauses';
  }
  input.addEventListener('input', apply);
  status.addEventListener('change', apply);
  apply();
})();
`;

function indexPage(site: SiteModel): string {
  const out: string[] = [`<h1>${escapeHtml(site.title)}</h1>`];
  out.push('<h2 id="versions">Versions</h2>', '<table><thead><tr><th scope="col">Version</th><th scope="col">Date</th><th scope="col">Status</th><th scope="col">Files</th></tr></thead><tbody>');
  for (const v of site.versions) out.push(`<tr><td><a href="${v.page}">${escapeHtml(v.label)}</a></td><td>${escapeHtml(v.date)}</td><td>${escapeHtml(v.status)}</td><td>${files(v.files, '')}</td></tr>`);
  out.push('</tbody></table>');
  out.push('<h2 id="deltas">Changes between versions</h2>', '<table><thead><tr><th scope="col">Redline</th><th scope="col">Changes</th><th scope="col">Files</th></tr></thead><tbody>');
  for (const d of site.deltas) out.push(`<tr><td><a href="${d.page}">${escapeHtml(d.label)}</a></td><td>${escapeHtml(d.stats)}</td><td>${files(d.files, '')}</td></tr>`);
  out.push('</tbody></table>');
  if (site.consultations.length > 0) {
    out.push('<h2 id="consultations">Consultations</h2>', '<ul>');
    for (const c of site.consultations) out.push(`<li><a href="${c.page}">${escapeHtml(c.title)}</a> (issued ${escapeHtml(c.issued)}, closed ${escapeHtml(c.closes)})</li>`);
    out.push('</ul>');
  }
  if (site.matrix) out.push('<h2 id="conformance">Conformance</h2>', `<p><a href="${site.matrix}">Conformance matrix of the latest version</a></p>`);
  out.push('<h2 id="clause-index">Clauses</h2>');
  const statuses = [...new Set(site.clauses.map((c) => c.conformance?.status ?? ''))].filter(Boolean).sort();
  out.push(
    `<div class="filters"><label for="clause-filter">Filter clauses</label> <input type="search" id="clause-filter" placeholder="number, word or heading"> <label for="status-filter">Conformance</label> <select id="status-filter"><option value="">any</option>${statuses.map((s) => `<option value="${escapeHtml(s)}">${escapeHtml(s)}</option>`).join('')}</select> <span id="clause-count" aria-live="polite"></span></div>`,
  );
  out.push('<table id="clauses"><thead><tr><th scope="col">Clause</th><th scope="col">Heading</th><th scope="col">Changes</th><th scope="col">Conformance</th></tr></thead><tbody>');
  for (const c of site.clauses) {
    const changes = c.history.entries.filter((e) => e.change && e.change.kind !== 'unchanged').map((e) => `${e.version} ${e.change?.kind ?? ''}`);
    const status = c.conformance?.status ?? '';
    const text = `${c.address} ${c.heading} ${c.history.entries.at(-1)?.text ?? ''} ${status}`.toLowerCase();
    out.push(`<tr data-text="${escapeHtml(text)}" data-status="${escapeHtml(status)}"><td><a href="${c.page}">${escapeHtml(c.address)}</a></td><td>${escapeHtml(c.heading)}</td><td>${escapeHtml(changes.join(', '))}</td><td>${escapeHtml(status)}</td></tr>`);
  }
  out.push('</tbody></table>');
  return page(site, 'index.html', site.title, out.join('\n'), FILTER_SCRIPT);
}

function versionPage(site: SiteModel, version: SiteVersion): string {
  const root = up(version.page);
  const head = [`<h1>${escapeHtml(version.layout.title)}</h1>`, `<p class="facts">${version.layout.cover.facts.map((f) => `${escapeHtml(f.label)}: ${escapeHtml(f.value)}`).join(' · ')}</p>`, `<p>${files(version.files, root)}</p>`];
  head.push('<h2 id="history">Version history</h2>', '<table><thead><tr><th scope="col">Version</th><th scope="col">Date</th><th scope="col">Status</th><th scope="col">Notes</th></tr></thead><tbody>');
  for (const row of version.layout.history) head.push(`<tr><td>${escapeHtml(row.version)}</td><td>${escapeHtml(row.date)}</td><td>${escapeHtml(row.status)}</td><td>${escapeHtml(row.note)}</td></tr>`);
  head.push('</tbody></table>');
  if (version.layout.contents.length > 0) {
    head.push('<nav class="contents" aria-label="Contents"><h2 id="contents">Contents</h2><ol>');
    for (const entry of version.layout.contents) head.push(`<li class="d${entry.depth}"><a href="#${entry.anchor}">${escapeHtml(entry.number ? `${entry.number} ${entry.title}` : entry.title)}</a></li>`);
    head.push('</ol></nav>');
  }
  return page(site, version.page, version.layout.title, [...head, ...layoutBodyHtml(version.layout)].join('\n'));
}

function clausePage(site: SiteModel, clause: SiteClause): string {
  const root = up(clause.page);
  const latest = clause.history.entries.at(-1);
  const out: string[] = [`<h1>${escapeHtml(clause.address)}</h1>`, `<p class="facts">${escapeHtml(clause.heading)} · <a href="${root}${clause.inVersion}">in ${escapeHtml(site.versions.at(-1)?.label ?? 'the latest version')}</a></p>`];
  if (latest?.text) out.push(`<blockquote>${escapeHtml(latest.text)}</blockquote>`);
  out.push('<h2 id="history">History</h2>', '<table><thead><tr><th scope="col">Version</th><th scope="col">Number</th><th scope="col">Change</th><th scope="col">Text</th></tr></thead><tbody>');
  for (const entry of clause.history.entries) {
    const change = entry.change;
    const what = change ? `${change.kind}${change.significance !== 'none' ? ` (${change.significance})` : ''}${change.reason?.text ? `: ${change.reason.text}` : ''}` : entry.id === null ? 'not in this version' : 'first version';
    const text = change && change.kind !== 'unchanged' ? partsHtml(change.parts) : escapeHtml(entry.text ?? '—');
    out.push(`<tr><td>${escapeHtml(entry.version)}</td><td>${escapeHtml(entry.id ?? '—')}</td><td>${escapeHtml(what)}</td><td>${text}</td></tr>`);
  }
  out.push('</tbody></table>');
  out.push('<h2 id="consultations">Consultations</h2>');
  if (clause.consultations.length === 0) out.push('<p>No consultation changed this clause.</p>');
  for (const c of clause.consultations) {
    out.push(`<h3><a href="${root}${c.page}">${escapeHtml(c.title)}</a></h3>`);
    for (const q of c.questions) {
      out.push(`<p><strong>${escapeHtml(q.id)}</strong>: ${escapeHtml(q.text)}</p>`);
      if (q.dccResponse.length > 0) out.push('<h4>DCC’s response</h4>', ...q.dccResponse.map((p) => `<p>${escapeHtml(p)}</p>`));
    }
    out.push('<h4>Respondents’ comments on this clause</h4>');
    if (!c.reported) out.push('<p>No public report yet.</p>');
    else if (c.comments.length === 0) out.push('<p>No published comment on this clause.</p>');
    else out.push(...c.comments.map((comment) => `<blockquote><p><strong>${escapeHtml(comment.who)}</strong></p>${comment.comment.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</blockquote>`));
  }
  out.push('<h2 id="conformance">Conformance</h2>');
  if (!clause.conformance) out.push('<p>The trace does not cover this version.</p>');
  else {
    const { status, checks, version } = clause.conformance;
    out.push(`<p>In version ${escapeHtml(version)}: <span class="status status-${escapeHtml(status)}">${escapeHtml(status)}</span></p>`);
    if (checks.length > 0) {
      out.push('<table><thead><tr><th scope="col">Check</th><th scope="col">Where</th><th scope="col">State</th><th scope="col">Detail</th></tr></thead><tbody>');
      for (const check of checks) out.push(`<tr><td>${escapeHtml(check.name)}</td><td>${escapeHtml(check.where)}</td><td>${escapeHtml(check.state)}</td><td>${escapeHtml(check.detail)}</td></tr>`);
      out.push('</tbody></table>');
    } else out.push('<p>No check is linked to this clause.</p>');
  }
  return page(site, clause.page, clause.address, out.join('\n'));
}

function consultationPage(site: SiteModel, c: SiteConsultation): string {
  const root = up(c.page);
  const out: string[] = [`<h1>${escapeHtml(c.title)}</h1>`, `<p class="facts">Issued ${escapeHtml(c.issued)} · closed ${escapeHtml(c.closes)} · ${escapeHtml(c.versions.base)} → ${escapeHtml(c.versions.proposed)}</p>`];
  out.push('<h2 id="questions">Questions</h2>', ...c.questions.map((q) => `<p><strong>${escapeHtml(q.id)}</strong>: ${escapeHtml(q.text)}</p>`));
  out.push('<h2 id="drafting">Drafting changes</h2>', '<table><thead><tr><th scope="col">Clauses</th><th scope="col">Change</th></tr></thead><tbody>');
  for (const row of c.drafting) {
    const links = row.clauses.map((id) => {
      const clause = site.clauses.find((x) => x.id === id);
      return clause ? `<a href="${root}${clause.page}">${escapeHtml(id)}</a>` : escapeHtml(id);
    });
    out.push(`<tr><td>${links.join(', ')}</td><td>${escapeHtml(row.description)}</td></tr>`);
  }
  out.push('</tbody></table>', '<h2 id="documents">Documents</h2>', '<ul>');
  if (c.template) out.push(`<li><a href="${root}${c.template}">Response template (Word)</a></li>`);
  if (c.report) out.push(`<li>Conclusion report: ${files(c.report, root)}</li>`);
  else out.push(`<li>${escapeHtml(c.noReport ?? 'No conclusion report yet.')}</li>`);
  out.push('</ul>');
  return page(site, c.page, c.title, out.join('\n'));
}
