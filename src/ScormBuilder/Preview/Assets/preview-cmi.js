// preview-cmi.js: the CMI table, what the LMS holds now beside what it last committed, redrawn at most once a
// frame.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;
  var ui = pv.ui;
  var text = pv.text;
  var clip = pv.clip;
  var element = pv.element;
  var LIMITS = pv.LIMITS;

  // Shown even when empty: the elements an author most needs to watch.
  var KEY_ELEMENTS = ['cmi.core.entry', 'cmi.core.lesson_status', 'cmi.core.lesson_location', 'cmi.core.score.raw',
    'cmi.core.exit', 'cmi.core.session_time', 'cmi.core.total_time', 'cmi.suspend_data'];
  var HIDDEN_ELEMENTS = ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.lesson_mode',
    'cmi.core.score.max', 'cmi.core.score.min'];

  function flatten(value, prefix, into) {
    Object.keys(value || {}).forEach(function (key) {
      var item = value[key];
      var name = prefix + '.' + key;
      if (item !== null && typeof item === 'object') {
        flatten(item, name, into);
      } else {
        into[name] = text(item);
      }
    });
    return into;
  }

  var cmiRefresh = 0;
  function refreshCmi() {
    if (!cmiRefresh) {
      cmiRefresh = window.requestAnimationFrame(function () {
        cmiRefresh = 0;
        renderCmi();
      });
    }
  }

  function renderCmi() {
    var now = preview.lms ? flatten(preview.lms.api.renderCommitCMI(true).cmi, 'cmi', {}) : {};
    var committed = preview.committed ? flatten(preview.committed, 'cmi', {}) : {};
    var names = KEY_ELEMENTS.slice();
    Object.keys(now).concat(Object.keys(committed)).forEach(function (name) {
      if (names.indexOf(name) === -1 && HIDDEN_ELEMENTS.indexOf(name) === -1 && (now[name] || committed[name])) {
        names.push(name);
      }
    });
    var rows = document.createDocumentFragment();
    names.forEach(function (name) {
      var row = element('tr');
      row.dataset.element = name;
      var label = element('th');
      label.scope = 'row';
      // Break long names only after a dot, never inside a word.
      name.replace(/^cmi\./, '').split('.').forEach(function (segment, i) {
        if (i > 0) {
          label.appendChild(document.createTextNode('.'));
          label.appendChild(document.createElement('wbr'));
        }
        label.appendChild(document.createTextNode(segment));
      });
      row.appendChild(label);
      row.appendChild(cmiCell(name, now[name]));
      row.appendChild(cmiCell(name, committed[name]));
      if (preview.committed && text(now[name]) !== text(committed[name])) {
        row.className = 'pv-uncommitted';
      }
      rows.appendChild(row);
    });
    ui.cmiRows.replaceChildren(rows);
    ui.committedHeading.textContent = preview.committed ? 'Last committed' : 'Last committed (nothing yet)';
  }

  function cmiCell(name, value) {
    var cell = element('td');
    var shown = text(value);
    cell.appendChild(element('code', null, clip(shown, 160)));
    if (shown.length > 160) {
      cell.title = shown;
    }
    if (LIMITS[name] && shown.length > 0) {
      var size = element('span', 'pv-size', shown.length + ' of ' + LIMITS[name]);
      if (shown.length > LIMITS[name]) {
        size.classList.add('pv-over');
      }
      cell.appendChild(size);
    }
    return cell;
  }

  pv.refreshCmi = refreshCmi;
})();
