// preview-builds.js: the live connection to scormbuilder. Each build's status arrives over /events (server-sent
// events); it is shown in the bar and the diagnostics, and a new build relaunches the course.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;
  var ui = pv.ui;
  var frame = pv.frame;
  var element = pv.element;

  function showStatus(status) {
    ui.title.textContent = status.course ? status.course.title : '';
    if (status.course) {
      document.title = 'Preview: ' + status.course.title;
    }
    var errors = status.diagnostics.filter(function (d) { return d.severity === 'error'; }).length;
    var warnings = status.diagnostics.length - errors;
    var counts = plural(errors, 'error') + ', ' + plural(warnings, 'warning');
    ui.build.className = 'pv-build ' + (status.succeeded ? (warnings ? 'pv-build-warn' : 'pv-build-ok') : 'pv-build-failed');
    ui.build.textContent = status.package
      ? 'Package ' + status.package + ': played from the zip as it is, not watched (restart preview to load a new copy); ' +
        counts + ' from inspect.'
      : status.succeeded
      ? 'Build ' + status.build + ': ' + status.elapsedMs + ' ms, ' + plural(warnings, 'warning') + '.'
      : 'Build ' + status.build + ' failed: ' + counts + '.' +
        (status.served !== null ? ' Showing build ' + status.served + '.' : '');

    if (pv.target(status).label) {
      ui.build.textContent += ' The test LMS acts as ' + pv.target(status).label + '.';
    }

    ui.diagnosticsList.replaceChildren();
    status.diagnostics.forEach(function (d) {
      var item = element('li', 'pv-' + d.severity);
      item.appendChild(element('span', 'pv-where', d.location));
      item.appendChild(element('span', 'pv-severity', ' ' + d.severity + ' ' + d.code + ': '));
      item.appendChild(document.createTextNode(d.message));
      ui.diagnosticsList.appendChild(item);
    });
    ui.diagnosticsTitle.textContent = status.package
      ? counts + ' in ' + status.package + ' (what inspect finds; an LMS may refuse the package)'
      : status.succeeded
      ? plural(warnings, 'warning') + ' in build ' + status.build
      : 'Build ' + status.build + ' failed with ' + counts + '.' +
        (status.served !== null ? ' Below is build ' + status.served + ', the last that built.' : '');
    ui.diagnostics.hidden = status.diagnostics.length === 0;
    ui.diagnostics.className = 'pv-diagnostics ' + (status.succeeded ? 'pv-diagnostics-warn' : 'pv-diagnostics-failed');
    // Errors need fixing now, so they are open; warnings stay folded to a line until the author opens them.
    if (!status.succeeded) {
      ui.diagnostics.open = true;
    } else if (preview.status === null || !preview.status.succeeded) {
      ui.diagnostics.open = false;
    }
    ui.empty.hidden = status.served !== null;
    frame.hidden = status.served === null;
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function onStatus(status) {
    showStatus(status);
    preview.status = status;
    var loaded = preview.loaded;
    if (status.served === null) {
      return;
    }
    if (!loaded) {
      pv.launch('new');
    } else if (loaded.session !== status.session || loaded.build !== status.served) {
      pv.launch('rebuild');
    }
  }

  function connect() {
    var events = new EventSource('/events');
    events.addEventListener('build', function (e) { onStatus(JSON.parse(e.data)); });
    events.onerror = function () {
      ui.build.className = 'pv-build pv-build-failed';
      ui.build.textContent = 'Lost touch with scormbuilder preview. Is it still running? Retrying…';
    };
  }

  pv.connect = connect;
})();
