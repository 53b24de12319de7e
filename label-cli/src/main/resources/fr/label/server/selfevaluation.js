// The self-evaluation page: the dossier is JSON in the text area; the table of actions edits it;
// every change posts it to the server, whose answer (the dossier's page) opens in the frame.
(function () {
  'use strict';
  var body = document.body;
  var form = document.getElementById('evaluate');
  var text = document.getElementById('dossier');
  var editionChoice = document.getElementById('edition');
  var rows = document.querySelector('#actions tbody');
  var status = document.getElementById('status');
  var frame = document.getElementById('result');
  var lang = body.getAttribute('data-lang');
  var pending = null;

  function message(name) {
    return body.getAttribute('data-msg-' + name) || '';
  }

  function parsed() {
    try {
      var dossier = JSON.parse(text.value);
      return dossier && typeof dossier === 'object' && !Array.isArray(dossier) ? dossier : null;
    } catch (e) {
      return null;
    }
  }

  function chosenYear() {
    var option = editionChoice.options[editionChoice.selectedIndex];
    return option ? Number(option.getAttribute('data-year')) : null;
  }

  function setAction() {
    form.action = '/api/' + encodeURIComponent(editionChoice.value) + '/evaluate?format=html&lang=' + lang;
  }

  function submit() {
    if (pending) {
      clearTimeout(pending);
      pending = null;
    }
    setAction();
    status.textContent = message('evaluating');
    form.submit();
  }

  function later() {
    if (pending) {
      clearTimeout(pending);
    }
    pending = setTimeout(submit, 250);
  }

  function write(dossier) {
    text.value = JSON.stringify(dossier, null, 2);
  }

  function cell(row, input) {
    var td = document.createElement('td');
    td.appendChild(input);
    row.appendChild(td);
    return input;
  }

  function field(type, value, label) {
    var input = document.createElement('input');
    input.type = type;
    if (type === 'checkbox') {
      input.checked = !!value;
    } else {
      input.value = value == null ? '' : value;
    }
    input.setAttribute('aria-label', label);
    return input;
  }

  function headers() {
    return Array.prototype.map.call(document.querySelectorAll('#actions thead th'), function (th) {
      return th.textContent.trim();
    });
  }

  // The table of actions, drawn from the JSON; each edit writes the JSON back and evaluates again.
  function draw() {
    rows.textContent = '';
    var dossier = parsed();
    if (!dossier) {
      return;
    }
    var actions = Array.isArray(dossier.actions) ? dossier.actions : [];
    var names = headers();
    actions.forEach(function (action, index) {
      var row = document.createElement('tr');
      row.setAttribute('data-action', action.id == null ? '' : String(action.id));
      var edits = [
        ['id', cell(row, field('text', action.id, names[0]))],
        ['title', cell(row, field('text', action.title, names[1]))],
        ['services', cell(row, field('text', Array.isArray(action.services) ? action.services.join(', ') : '',
            names[2]))],
        ['start', cell(row, field('date', action.start, names[3]))],
        ['end', cell(row, field('date', action.end, names[4]))],
        ['innovative', cell(row, field('checkbox', action.innovative, names[5]))]
      ];
      edits.forEach(function (edit) {
        edit[1].classList.add('action-' + edit[0]);
        edit[1].addEventListener('change', function () {
          var current = parsed();
          if (!current || !Array.isArray(current.actions) || !current.actions[index]) {
            return;
          }
          var target = current.actions[index];
          var input = edit[1];
          if (edit[0] === 'innovative') {
            if (input.checked) {
              target.innovative = true;
            } else {
              delete target.innovative;
            }
          } else if (edit[0] === 'services') {
            target.services = input.value.split(',').map(function (s) { return s.trim(); })
                .filter(function (s) { return s.length > 0; });
          } else if (input.value === '' && edit[0] === 'end') {
            delete target.end;
          } else {
            target[edit[0]] = input.value;
          }
          write(current);
          later();
        });
      });
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove';
      remove.textContent = message('remove');
      remove.addEventListener('click', function () {
        var current = parsed();
        if (current && Array.isArray(current.actions)) {
          current.actions.splice(index, 1);
          write(current);
          draw();
          later();
        }
      });
      cell(row, remove);
      rows.appendChild(row);
    });
    if (actions.length === 0) {
      var empty = document.createElement('tr');
      var td = document.createElement('td');
      td.colSpan = 7;
      td.textContent = message('no-actions');
      empty.appendChild(td);
      rows.appendChild(empty);
    }
  }

  // A dossier loaded is evaluated with the rules of its own edition when they are served;
  // otherwise it takes the edition chosen.
  function load(dossier) {
    if (dossier && typeof dossier === 'object') {
      var own = Array.prototype.filter.call(editionChoice.options, function (option) {
        return option.value === String(dossier.edition);
      })[0];
      if (own) {
        editionChoice.value = own.value;
      } else if (chosenYear()) {
        dossier.edition = chosenYear();
      }
    }
    write(dossier);
    draw();
    submit();
  }

  Array.prototype.forEach.call(document.querySelectorAll('button.example'), function (button) {
    button.addEventListener('click', function () {
      var name = button.getAttribute('data-example');
      fetch('/examples/' + encodeURIComponent(name) + '.json').then(function (answer) {
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        return answer.json();
      }).then(load, function (failure) {
        status.textContent = message('load-failed') + name + ' (' + failure.message + ')';
      });
    });
  });

  document.getElementById('upload').addEventListener('change', function (event) {
    var file = event.target.files && event.target.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      text.value = String(reader.result);
      var dossier = parsed();
      if (dossier) {
        load(dossier);
      } else {
        draw();
        submit();
      }
    };
    reader.readAsText(file);
  });

  document.getElementById('add-action').addEventListener('click', function () {
    var current = parsed() || {};
    if (!Array.isArray(current.actions)) {
      current.actions = [];
    }
    var taken = {};
    current.actions.forEach(function (a) { taken[a.id] = true; });
    var n = current.actions.length + 1;
    var id;
    do {
      id = 'a-' + String(n).padStart(3, '0');
      n++;
    } while (taken[id]);
    current.actions.push({id: id, title: message('new-action'), services: [], start: ''});
    write(current);
    draw();
  });

  editionChoice.addEventListener('change', function () {
    var current = parsed();
    var year = chosenYear();
    if (current && year) {
      current.edition = year;
      write(current);
    }
    setAction();
    if (text.value.trim()) {
      submit();
    }
  });

  text.addEventListener('change', draw);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit();
  });

  frame.addEventListener('load', function () {
    if (frame.contentDocument && frame.contentDocument.location.href !== 'about:blank') {
      status.textContent = message('evaluated');
    }
  });

  setAction();
}());
