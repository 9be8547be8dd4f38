/**
 * The HTML report's only script, inlined: the filters by item, party and rule. Elements carry their tags
 * (computed in relations.ts) as JSON in data-tags; the script shows the rows and findings whose tags
 * match every chosen filter, dims the unrelated nodes and edges of the diagram, and says in a live
 * region how many findings are shown. Without the script the whole report is shown and the filter bar
 * stays hidden. A click on an item or party box of the diagram chooses it. Before printing, every <details> is opened (and closed again after).
 * Plain ES2017 in a string, so it runs as written in any current browser.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var dims = [['items', 'f-item'], ['parties', 'f-party'], ['rules', 'f-rule']];
  var els = Array.prototype.map.call(document.querySelectorAll('[data-tags]'), function (el) {
    return { el: el, kind: el.getAttribute('data-kind'), tags: JSON.parse(el.getAttribute('data-tags')) };
  });
  var count = document.getElementById('f-count');
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function apply() {
    var want = dims.map(function (d) { return [d[0], document.getElementById(d[1]).value]; });
    var filtered = want.some(function (w) { return w[1] !== ''; });
    var shown = { finding: 0, row: 0, party: 0 };
    var total = { finding: 0, row: 0, party: 0 };
    els.forEach(function (x) {
      var ok = want.every(function (w) {
        var t = x.tags[w[0]];
        return w[1] === '' || !t || t.indexOf(w[1]) >= 0;
      });
      if (x.kind === 'node' || x.kind === 'edge') x.el.classList.toggle('dim', !ok);
      else x.el.classList.toggle('f-hidden', !ok);
      if (x.kind in total) {
        total[x.kind]++;
        if (ok) shown[x.kind]++;
      }
    });
    document.getElementById('findings-none').hidden = !(total.finding > 0 && shown.finding === 0);
    document.getElementById('inventory-none').hidden = !(total.row > 0 && shown.row === 0);
    document.getElementById('parties-none').hidden = !(total.party > 0 && shown.party === 0);
    count.textContent = filtered
      ? shown.finding + ' of ' + plural(total.finding, 'finding') + ' shown; ' + shown.row + ' of ' + plural(total.row, 'item') + '.'
      : plural(total.finding, 'finding') + ' shown; ' + plural(total.row, 'item') + '.';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  document.getElementById('f-reset').addEventListener('click', function () {
    dims.forEach(function (d) { document.getElementById(d[1]).value = ''; });
    apply();
    document.getElementById('f-item').focus();
  });
  // A click on an item or party box of the diagram chooses it in the filters (the selects stay the keyboard way).
  Array.prototype.forEach.call(document.querySelectorAll('svg.flow g.node.k-item, svg.flow g.node.k-party'), function (g) {
    g.addEventListener('click', function () {
      var id = g.getAttribute('data-id');
      var party = id.indexOf('party:') === 0;
      var select = document.getElementById(party ? 'f-party' : 'f-item');
      select.value = id.slice(party ? 6 : 5);
      apply();
    });
  });
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
  form.hidden = false;
  apply();
})();
`;
