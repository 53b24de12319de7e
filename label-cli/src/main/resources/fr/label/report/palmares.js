(function () {
  'use strict';
  /* Sorting and searching the table of collectivités. Without script the table stays in the
     palmarès order (level, then name) and the search box stays hidden. */
  var table = document.getElementById('collectivites');
  if (!table || !table.tBodies.length) {
    return;
  }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var box = document.getElementById('search-box');
  var input = document.getElementById('search');
  var shown = document.getElementById('shown-count');
  var noMatch = document.getElementById('no-match');

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function number(row, name) {
    return parseInt(row.getAttribute(name), 10);
  }

  /* Each key sorts on its own value first, then always by name (the rank the page was built with). */
  var keys = {
    level: { first: 'descending', value: function (row) { return number(row, 'data-level'); } },
    name: { first: 'ascending', value: function (row) { return number(row, 'data-name-rank'); } }
  };
  var current = { key: 'level', direction: 'descending' };
  var headers = {};

  function sort(key, direction) {
    var value = keys[key].value;
    var sign = direction === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      return sign * (value(a) - value(b)) || number(a, 'data-name-rank') - number(b, 'data-name-rank');
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) { fragment.appendChild(row); });
    tbody.appendChild(fragment);
    Object.keys(headers).forEach(function (k) {
      var th = headers[k];
      var arrow = th.querySelector('.arrow');
      if (k === key) {
        th.setAttribute('aria-sort', direction);
        arrow.textContent = direction === 'ascending' ? '\u25B2' : '\u25BC';
      } else {
        th.removeAttribute('aria-sort');
        arrow.textContent = '\u21C5';
      }
    });
    current = { key: key, direction: direction };
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var key = th.getAttribute('data-sort');
    if (!key || !keys[key]) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.setAttribute('data-sort-button', key);
    while (th.firstChild) {
      button.appendChild(th.firstChild);
    }
    var arrow = document.createElement('span');
    arrow.className = 'arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.appendChild(arrow);
    th.appendChild(button);
    headers[key] = th;
    button.addEventListener('click', function () {
      var direction = keys[key].first;
      if (current.key === key) {
        direction = current.direction === 'ascending' ? 'descending' : 'ascending';
      }
      sort(key, direction);
    });
  });
  sort(current.key, current.direction);

  function filter() {
    var words = fold(input.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    var count = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) {
        count++;
      }
    });
    var lang = document.documentElement.lang;
    var singular = lang === 'en' ? count === 1 : count <= 1;
    shown.textContent = shown.getAttribute(singular ? 'data-one' : 'data-many')
      .replace('{0}', count.toLocaleString(lang))
      .replace('{1}', shown.getAttribute('data-total'));
    noMatch.hidden = count > 0;
  }
  if (box && input && shown && noMatch) {
    box.hidden = false;
    input.addEventListener('input', filter);
  }
}());
