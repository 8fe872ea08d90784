/**
 * The views of an HTML redline, in the page itself (no server, no external file): full text or changes only,
 * inline or side by side (old and new next to each other), next and previous change with the keyboard
 * (`n`/`j` and `p`/`k`) or buttons, and filters by significance and by kind of change.
 * @module
 */
import type { ChangeKind, Significance } from '../model/delta.js';
import type { PublishLayout } from './layout/publish-layout.js';

const KINDS: ReadonlyArray<Exclude<ChangeKind, 'unchanged'>> = ['inserted', 'deleted', 'amended', 'renumbered', 'moved', 'split', 'merged'];
const SIGNIFICANCES: ReadonlyArray<Exclude<Significance, 'none'>> = ['substantive', 'consequential', 'editorial'];

/** CSS of the view controls and of the views. */
export const VIEW_STYLE = `
.views { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #999; padding: .4em 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .4em 1.2em; align-items: center; font-size: .9em; }
.views fieldset { border: 0; margin: 0; padding: 0; display: inline-flex; gap: .3em; align-items: center; flex-wrap: wrap; }
.views legend { float: left; font-weight: bold; margin-right: .3em; }
.views button { font: inherit; padding: .1em .6em; border: 1px solid #555; background: #f4f4f4; border-radius: 3px; cursor: pointer; }
.views button[aria-pressed="true"] { background: #1f4e79; color: #fff; }
.views .position { min-width: 7em; }
body.changes-only .change[data-kind="unchanged"], body.changes-only .section-text[data-status="equal"] { display: none; }
.change.filtered-out { display: none; }
.change.current { outline: 3px solid #1f4e79; outline-offset: 3px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
[hidden] { display: none !important; }
.sides > div { min-width: 0; } .sides .side-label { font-size: .8em; color: #444; font-weight: bold; margin: 0; }
@media print { .views { display: none; } }
`;

/**
 * The view controls of a redline.
 * @param layout The layout (the kinds and significances present get a filter).
 * @returns HTML for the top of the page.
 */
export function viewControlsHtml(layout: PublishLayout): string {
  const rows = layout.summary?.rows ?? [];
  const kinds = KINDS.filter((kind) => rows.some((row) => row.kind === kind));
  const significances = SIGNIFICANCES.filter((s) => rows.some((row) => (row.significance ?? (row.substantive ? 'substantive' : 'editorial')) === s));
  const toggle = (group: string, value: string, label: string, pressed: boolean): string => `<button type="button" data-${group}="${value}" aria-pressed="${pressed}">${label}</button>`;
  return `<nav class="views" aria-label="Redline views">
<fieldset><legend>Show</legend>${toggle('show', 'full', 'Full text', true)}${toggle('show', 'changes', 'Changes only', false)}</fieldset>
<fieldset><legend>Layout</legend>${toggle('layout', 'inline', 'Inline', true)}${toggle('layout', 'sides', 'Side by side', false)}</fieldset>
<fieldset><legend>Go to</legend><button type="button" data-go="-1" title="Previous change (p or k)">Previous</button><button type="button" data-go="1" title="Next change (n or j)">Next</button><span class="position" aria-live="polite"></span></fieldset>
${significances.length > 0 ? `<fieldset><legend>Significance</legend>${significances.map((s) => toggle('significance', s, s, true)).join('')}</fieldset>` : ''}
${kinds.length > 0 ? `<fieldset><legend>Kind</legend>${kinds.map((kind) => toggle('kind', kind, kind, true)).join('')}</fieldset>` : ''}
</nav>
`;
}

/** The script of the views (inline; the page stays one standalone file). */
export const VIEW_SCRIPT = `
(function () {
  var body = document.body;
  var buttons = function (group) { return Array.prototype.slice.call(document.querySelectorAll('.views [data-' + group + ']')); };
  var changes = function () {
    return Array.prototype.slice.call(document.querySelectorAll('main .change')).filter(function (el) {
      return el.getAttribute('data-kind') !== 'unchanged' && !el.classList.contains('filtered-out');
    });
  };
  var current = -1;
  var position = document.querySelector('.views .position');
  function show(index) {
    var list = changes();
    if (list.length === 0) { position.textContent = 'No change shown'; return; }
    current = (index + list.length) % list.length;
    document.querySelectorAll('.change.current').forEach(function (el) { el.classList.remove('current'); });
    var el = list[current];
    el.classList.add('current');
    el.scrollIntoView({ block: 'center' });
    position.textContent = 'Change ' + (current + 1) + ' of ' + list.length;
  }
  function exclusive(group, onPress) {
    buttons(group).forEach(function (button) {
      button.addEventListener('click', function () {
        buttons(group).forEach(function (other) { other.setAttribute('aria-pressed', String(other === button)); });
        onPress(button.getAttribute('data-' + group));
      });
    });
  }
  exclusive('show', function (value) { body.classList.toggle('changes-only', value === 'changes'); });
  exclusive('layout', function (value) { sides(value === 'sides'); });
  function filter() {
    var on = function (group) { return buttons(group).filter(function (b) { return b.getAttribute('aria-pressed') === 'true'; }).map(function (b) { return b.getAttribute('data-' + group); }); };
    var kinds = on('kind'), significances = on('significance');
    var hasKinds = buttons('kind').length > 0, hasSignificances = buttons('significance').length > 0;
    document.querySelectorAll('main .change').forEach(function (el) {
      var kind = el.getAttribute('data-kind');
      if (kind === 'unchanged') return;
      var out = (hasKinds && kinds.indexOf(kind) < 0) || (hasSignificances && significances.indexOf(el.getAttribute('data-significance')) < 0);
      el.classList.toggle('filtered-out', out);
    });
    document.querySelectorAll('table.summary tbody tr').forEach(function (row) {
      var out = (hasKinds && kinds.indexOf(row.getAttribute('data-kind')) < 0 && buttons('kind').some(function (b) { return b.getAttribute('data-kind') === row.getAttribute('data-kind'); }))
        || (hasSignificances && significances.indexOf(row.getAttribute('data-significance')) < 0 && buttons('significance').some(function (b) { return b.getAttribute('data-significance') === row.getAttribute('data-significance'); }));
      row.hidden = out;
    });
  }
  ['kind', 'significance'].forEach(function (group) {
    buttons(group).forEach(function (button) {
      button.addEventListener('click', function () {
        button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
        filter();
      });
    });
  });
  function sides(on) {
    document.querySelectorAll('main .change').forEach(function (el) {
      if (el.getAttribute('data-kind') === 'unchanged') return;
      var grid = el.querySelector(':scope > .sides');
      if (on && !grid) {
        var inline = document.createElement('div');
        inline.className = 'inline';
        while (el.firstChild) inline.appendChild(el.firstChild);
        var old = inline.cloneNode(true), now = inline.cloneNode(true);
        old.querySelectorAll('ins').forEach(function (n) { n.remove(); });
        now.querySelectorAll('del').forEach(function (n) { n.remove(); });
        [old, now].forEach(function (side, i) {
          side.className = i === 0 ? 'old' : 'new';
          side.querySelectorAll('[id]').forEach(function (n) { n.removeAttribute('id'); });
          var label = document.createElement('p');
          label.className = 'side-label';
          label.textContent = i === 0 ? 'Old' : 'New';
          side.insertBefore(label, side.firstChild);
        });
        grid = document.createElement('div');
        grid.className = 'sides';
        grid.appendChild(old);
        grid.appendChild(now);
        inline.hidden = true;
        el.appendChild(inline);
        el.appendChild(grid);
      } else if (grid) {
        grid.hidden = !on;
        el.querySelector(':scope > .inline').hidden = on;
      }
    });
  }
  buttons('go').forEach(function (button) {
    button.addEventListener('click', function () { show(current + Number(button.getAttribute('data-go'))); });
  });
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) return;
    if (event.key === 'n' || event.key === 'j') show(current + 1);
    else if (event.key === 'p' || event.key === 'k') show(current - 1);
  });
})();
`;
