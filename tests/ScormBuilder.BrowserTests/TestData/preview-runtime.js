// A stand-in for templates/assets/runtime.js in the preview tests: it makes the same few SCORM calls every
// time, so that the tests check the preview's LMS panel and not the learner runtime (which has tests of its own).
// Starts, resumes at cmi.core.lesson_location, commits on every part it shows, finishes on pagehide.
(function () {
  'use strict';

  function findApi(win) {
    for (var hops = 0; win && hops <= 7; hops++) {
      if (win.API) {
        return win.API;
      }
      if (win.parent === win) {
        return null;
      }
      win = win.parent;
    }
    return null;
  }

  var api = findApi(window);
  var parts = Array.prototype.slice.call(document.querySelectorAll('.sb-part'));
  var state = { entry: null, resumedAt: null, shown: null, commits: [] };

  function show(id) {
    parts.forEach(function (part) { part.hidden = part.id !== id; });
    state.shown = id;
    document.body.setAttribute('data-shown', id);
  }

  function commit() {
    var result = api.LMSCommit('');
    state.commits.push(result);
    return result;
  }

  function go(id) {
    show(id);
    api.LMSSetValue('cmi.core.lesson_location', id);
    return commit();
  }

  window.previewFixture = { state: state, go: go, commit: commit };

  if (!api) {
    show(parts.length ? parts[0].id : '');
    document.body.setAttribute('data-entry', 'no-lms');
    return;
  }

  api.LMSInitialize('');
  state.entry = api.LMSGetValue('cmi.core.entry');
  if (state.entry === 'resume') {
    state.resumedAt = api.LMSGetValue('cmi.core.lesson_location');
  }
  document.body.setAttribute('data-entry', state.entry);
  var start = state.resumedAt && document.getElementById(state.resumedAt) ? state.resumedAt : parts[0].id;
  api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  go(start);

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (target && target.classList.contains('sb-part')) {
      event.preventDefault();
      go(target.id);
    }
  });

  window.addEventListener('pagehide', function () {
    api.LMSSetValue('cmi.core.exit', 'suspend');
    api.LMSSetValue('cmi.core.session_time', '00:00:01');
    api.LMSFinish('');
  });
})();
