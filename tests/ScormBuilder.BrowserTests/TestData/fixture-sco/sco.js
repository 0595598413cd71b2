// A hand-written SCO that proves the test harness. It behaves well unless ?bad=flag1,flag2 asks it to
// break one of the SCORM 1.2 rules the harness checks.
(function () {
  'use strict';

  var bad = (new URLSearchParams(window.location.search).get('bad') || '').split(',');
  var startedAt = Date.now();
  var status = document.getElementById('status');
  var state = { source: 'none', entry: null, resumedLocation: null, resumedSuspendData: null, commits: [], errors: [] };

  function misbehaves(flag) {
    return bad.indexOf(flag) !== -1;
  }

  function searchUp(win) {
    for (var hops = 0; win && hops <= 7; hops++) {
      if (win.API) {
        return { api: win.API, hops: hops };
      }
      if (win.parent === win) {
        return null;
      }
      win = win.parent;
    }
    return null;
  }

  function findApi() {
    var found = searchUp(window);
    if (found) {
      return { api: found.api, source: found.hops === 0 ? 'window' : 'parent' };
    }
    found = window.opener ? searchUp(window.opener) : null;
    return found ? { api: found.api, source: 'opener' } : null;
  }

  var lms = findApi();
  var api = lms && lms.api;

  // A well-behaved SCO survives an LMS that refuses or throws.
  function set(element, value) {
    try {
      var result = api.LMSSetValue(element, value);
      if (result !== 'true') {
        state.errors.push(element + ': ' + api.LMSGetLastError());
      }
      return result;
    } catch (e) {
      state.errors.push(element + ': ' + e.message);
      return 'false';
    }
  }

  function get(element) {
    return api.LMSGetValue(element);
  }

  function commit() {
    var result = api.LMSCommit('');
    state.commits.push(result);
    return result;
  }

  function sessionTime() {
    var centiseconds = Math.floor((Date.now() - startedAt) / 10);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(Math.floor(centiseconds / 360000)) + ':' + two(Math.floor(centiseconds / 6000) % 60) + ':' +
      two(Math.floor(centiseconds / 100) % 60) + '.' + two(centiseconds % 100);
  }

  function writeInteractions() {
    if (get('cmi.interactions._children').indexOf('student_response') === -1) {
      return;
    }
    var n = Number(get('cmi.interactions._count'));
    set('cmi.interactions.' + n + '.id', misbehaves('interaction-id-space') ? 'question 1' : 'q1');
    set('cmi.interactions.' + n + '.type', 'choice');
    set('cmi.interactions.' + n + '.student_response', misbehaves('choice-response') ? 'abc' : 'a,c');
    set('cmi.interactions.' + n + '.result', 'correct');
    if (misbehaves('true-false-response')) {
      set('cmi.interactions.' + (n + 1) + '.student_response', 'yes');
      set('cmi.interactions.' + (n + 1) + '.id', 'q2');
      set('cmi.interactions.' + (n + 1) + '.type', 'true-false');
    }
    if (misbehaves('read-interaction')) {
      get('cmi.interactions.' + n + '.id');
    }
  }

  function start() {
    if (misbehaves('set-before-initialize')) {
      set('cmi.core.lesson_status', 'incomplete');
    }
    api.LMSInitialize('');
    if (misbehaves('double-initialize')) {
      api.LMSInitialize('');
    }
    state.entry = get('cmi.core.entry');
    if (state.entry === 'resume') {
      state.resumedLocation = get('cmi.core.lesson_location');
      state.resumedSuspendData = get('cmi.suspend_data');
    }
    set('cmi.core.lesson_status', misbehaves('not-attempted') ? 'not attempted' : 'incomplete');
    set('cmi.core.lesson_location', misbehaves('long-location') ? new Array(257).join('x') : 'page-2');
    set('cmi.suspend_data', misbehaves('long-suspend-data') ? new Array(5001).join('x') : 'v1;page=2;answers=a,c');
    writeInteractions();
    commit();
  }

  function finish() {
    set('cmi.core.lesson_status', misbehaves('bad-vocabulary') ? 'done' : 'completed');
    set('cmi.core.session_time',
      misbehaves('iso-session-time') ? 'PT1H' : misbehaves('minutes-over-59') ? '00:75:00' : sessionTime());
    set('cmi.core.exit', 'suspend');
    var result = api.LMSFinish('');
    if (misbehaves('double-finish')) {
      api.LMSFinish('');
    }
    if (misbehaves('set-after-finish')) {
      set('cmi.core.lesson_status', 'passed');
    }
    document.getElementById('save').disabled = true;
    document.getElementById('finish').disabled = true;
    status.textContent = 'Finished.';
    return result;
  }

  window.fixtureSco = { state: state, commit: commit, finish: finish };

  if (!api) {
    status.textContent = 'No LMS found: your progress will not be saved.';
    document.getElementById('save').disabled = true;
    document.getElementById('finish').disabled = true;
    return;
  }
  state.source = lms.source;
  start();
  status.textContent = 'Connected to the LMS (API found on the ' + lms.source + ').';
  document.getElementById('save').addEventListener('click', commit);
  document.getElementById('finish').addEventListener('click', finish);
})();
