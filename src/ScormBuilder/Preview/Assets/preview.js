// The preview page. scorm-again plays the LMS on this page (window.API) for the course in the frame; every
// call is logged with its result, the CMI is shown as it is now and as last committed, and the buttons
// relaunch the course the way an LMS would. scormbuilder pushes each rebuild over /events.
(function () {
  'use strict';

  var FUNCTIONS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
    'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  // SCORM 1.2 RTE 3.4.4: these may be called at any time, so they never break the session rules.
  var ERROR_FUNCTIONS = ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  var READS = ['LMSGetValue'].concat(ERROR_FUNCTIONS);
  var INJECTED_ERROR = 101;
  var MAX_LOG_ROWS = 3000;
  var LEARNER = { student_id: 'preview-learner', student_name: 'Learner, Preview' };
  // Shown even when empty: the elements an author most needs to watch.
  var KEY_ELEMENTS = ['cmi.core.entry', 'cmi.core.lesson_status', 'cmi.core.lesson_location', 'cmi.core.score.raw',
    'cmi.core.exit', 'cmi.core.session_time', 'cmi.core.total_time', 'cmi.suspend_data'];
  var HIDDEN_ELEMENTS = ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.lesson_mode',
    'cmi.core.score.max', 'cmi.core.score.min'];
  var LIMITS = { 'cmi.suspend_data': 4096, 'cmi.core.lesson_location': 255, 'cmi.comments': 4096 };

  // The rules scorm-again does not enforce but strict LMSs (and SCORM 1.2 itself) do.
  var SESSION_TIME = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
  var INTERACTION_ELEMENT = /^cmi\.interactions\.(\d+)\.(.+)$/;
  var READABLE_INTERACTION_PART = /^(objectives|correct_responses)\._count$/;
  var INTERACTION_ID = /^[^\s\x00-\x1f\x7f]{1,255}$/;
  var CHARACTER_LIST = /^[0-9a-z](,[0-9a-z])*$/;
  var RESPONSE_FORMATS = {
    'true-false': /^(0|1|t|f|true|false)$/,
    'choice': CHARACTER_LIST,
    'sequencing': CHARACTER_LIST,
    'matching': /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
    'likert': /^[0-9a-z]?$/,
    'numeric': /^-?\d+(\.\d+)?$/,
    'fill-in': /^[\s\S]{0,255}$/,
    'performance': /^[\s\S]{0,255}$/
  };

  var frame = document.getElementById('pv-course');
  var log = document.getElementById('pv-log');
  var ui = {
    build: document.getElementById('pv-build'),
    title: document.getElementById('pv-course-title'),
    diagnostics: document.getElementById('pv-diagnostics'),
    diagnosticsTitle: document.getElementById('pv-diagnostics-title'),
    diagnosticsList: document.getElementById('pv-diagnostics-list'),
    empty: document.getElementById('pv-empty'),
    launch: document.getElementById('pv-launch'),
    failCount: document.getElementById('pv-fail-count'),
    failState: document.getElementById('pv-fail-state'),
    cmiRows: document.getElementById('pv-cmi-rows'),
    committedHeading: document.getElementById('pv-committed-heading'),
    callCount: document.getElementById('pv-call-count'),
    hideReads: document.getElementById('pv-hide-reads')
  };

  var preview = {
    status: null,
    loaded: null,
    launch: 0,
    launchKind: null,
    lms: null,
    committed: null,
    commitFailures: 0,
    calls: [],
    busy: Promise.resolve()
  };

  function text(value) {
    return value === undefined || value === null ? '' : String(value);
  }

  function clip(value, length) {
    return value.length > length ? value.slice(0, length) + '…' : value;
  }

  function quote(value) {
    return JSON.stringify(clip(text(value), 200));
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  }

  // --- the LMS ---------------------------------------------------------------------------------------

  function firstAttemptCmi() {
    var cmi = {
      core: {
        student_id: LEARNER.student_id,
        student_name: LEARNER.student_name,
        entry: 'ab-initio',
        credit: 'credit',
        lesson_mode: 'normal'
      }
    };
    var mastery = preview.status && preview.status.course && preview.status.course.masteryScore;
    if (mastery !== null && mastery !== undefined) {
      cmi.student_data = { mastery_score: String(mastery) };
    }
    return cmi;
  }

  // What an LMS hands a returning learner: everything it stored, entry=resume, and no exit or session time.
  function returningCmi(stored) {
    var cmi = JSON.parse(JSON.stringify(stored));
    cmi.core.entry = 'resume';
    delete cmi.core.exit;
    delete cmi.core.session_time;
    return cmi;
  }

  function createLms(cmi, launch) {
    // scorm-again 3.4.3 turns mastery_override on whenever settings are passed; an LMS that overrides the
    // course's own status would hide what the course reports, so keep it off.
    var api = new Scorm12API({ autocommit: false, logLevel: 5, mastery_override: false, dataCommitFormat: 'json' });
    api.loadFromJSON(cmi, '');
    var real = {};
    FUNCTIONS.forEach(function (name) { real[name] = api[name].bind(api); });
    var session = { launch: launch, api: api, initialized: false, finished: false, counts: {}, interactions: {} };
    FUNCTIONS.forEach(function (name) { session.counts[name] = 0; });

    function intercept(name, args) {
      var call = {
        launch: launch,
        seq: preview.calls.length,
        fn: name,
        args: args.map(text),
        result: null,
        error: '0',
        errorText: '',
        atMs: Math.round(performance.now() - session.startedAt),
        notes: [],
        injected: false
      };
      session.counts[name]++;
      checkSessionRules(session, call);
      if (name === 'LMSGetValue') {
        checkGetValue(call);
      } else if (name === 'LMSSetValue') {
        checkSetValue(session, call);
      }

      if (name === 'LMSCommit' && preview.commitFailures > 0 && session.initialized && !session.finished) {
        preview.commitFailures--;
        call.injected = true;
        api.throwSCORMError('api', INJECTED_ERROR, 'The preview made this commit fail.');
        call.result = 'false';
      } else {
        call.result = text(real[name].apply(null, args));
      }
      if (ERROR_FUNCTIONS.indexOf(name) === -1) {
        call.error = text(real.LMSGetLastError());
        if (call.error !== '0') {
          call.errorText = text(real.LMSGetErrorString(call.error));
        }
      }

      if (name === 'LMSInitialize' && call.result === 'true') {
        session.initialized = true;
      }
      if (name === 'LMSFinish' && call.result === 'true') {
        session.finished = true;
      }
      if ((name === 'LMSCommit' || name === 'LMSFinish') && call.result === 'true' && launch === preview.launch) {
        // renderCommitCMI(true) adds total_time as the LMS stores it: the previous total plus this session.
        preview.committed = JSON.parse(JSON.stringify(api.renderCommitCMI(true).cmi));
      }
      record(call);
      return call.result;
    }

    FUNCTIONS.forEach(function (name) {
      api[name] = function () { return intercept(name, Array.prototype.slice.call(arguments)); };
    });
    session.startedAt = performance.now();
    return session;
  }

  function checkSessionRules(session, call) {
    if (ERROR_FUNCTIONS.indexOf(call.fn) !== -1) {
      return;
    }
    if (call.fn === 'LMSInitialize' && session.counts.LMSInitialize > 1) {
      call.notes.push('LMSInitialize was called ' + session.counts.LMSInitialize + ' times in one launch; SCORM allows one.');
    } else if (call.fn === 'LMSFinish' && session.counts.LMSFinish > 1) {
      call.notes.push('LMSFinish was called ' + session.counts.LMSFinish + ' times in one launch; SCORM allows one.');
    } else if (call.fn !== 'LMSInitialize' && call.fn !== 'LMSFinish' && session.finished) {
      call.notes.push('Called after LMSFinish: a real LMS has already closed the session and ignores it.');
    } else if (call.fn !== 'LMSInitialize' && !session.initialized) {
      call.notes.push('Called before LMSInitialize succeeded.');
    }
  }

  function checkGetValue(call) {
    var match = INTERACTION_ELEMENT.exec(call.args[0]);
    if (match && !READABLE_INTERACTION_PART.test(match[2])) {
      call.notes.push('Interaction elements are write-only in SCORM 1.2; strict LMSs return error 404.');
    }
  }

  function checkSetValue(session, call) {
    var name = call.args[0];
    var value = call.args[1];
    if (LIMITS[name] && value.length > LIMITS[name]) {
      call.notes.push(name + ' is ' + value.length + ' characters; SCORM 1.2 allows ' + LIMITS[name] + ' and strict LMSs cut or refuse it.');
    } else if (name === 'cmi.core.session_time' && !SESSION_TIME.test(value)) {
      call.notes.push('cmi.core.session_time must be HHHH:MM:SS.SS (minutes and seconds under 60).');
    } else if (name === 'cmi.core.lesson_status' && value === 'not attempted') {
      call.notes.push('A course never sets cmi.core.lesson_status to "not attempted".');
    }
    var match = INTERACTION_ELEMENT.exec(name);
    if (!match) {
      return;
    }
    var interaction = session.interactions[match[1]] = session.interactions[match[1]] || {};
    if (match[2] === 'id' && !INTERACTION_ID.test(value)) {
      call.notes.push('An interaction id must be 1–255 printable characters with no spaces.');
    } else if (match[2] === 'type' || match[2] === 'student_response') {
      interaction[match[2]] = value;
      var format = RESPONSE_FORMATS[interaction.type];
      if (format && interaction.student_response !== undefined && !format.test(interaction.student_response)) {
        call.notes.push('"' + clip(interaction.student_response, 40) + '" is not a SCORM 1.2 ' + interaction.type + ' response.');
      }
    }
  }

  // --- launching -------------------------------------------------------------------------------------

  function unloadCourse() {
    return new Promise(function (resolve) {
      if (!preview.loaded) {
        resolve();
        return;
      }
      // Leaving the page runs the course's pagehide handlers, which commit or finish on the old LMS session.
      frame.addEventListener('load', function loaded() {
        frame.removeEventListener('load', loaded);
        resolve();
      });
      frame.src = 'about:blank';
    });
  }

  // kind: 'new' (a new learner), 'resume' (a returning learner) or 'rebuild' (returning, on a new build).
  function launch(kind) {
    preview.busy = preview.busy.then(function () {
      return unloadCourse().then(function () {
        var status = preview.status;
        if (!status || status.served === null) {
          preview.loaded = null;
          return;
        }
        if (kind === 'new') {
          preview.committed = null;
        }
        var resuming = kind !== 'new' && preview.committed !== null;
        preview.launch++;
        preview.launchKind = resuming ? 'resume' : 'new';
        preview.lms = createLms(resuming ? returningCmi(preview.committed) : firstAttemptCmi(), preview.launch);
        window.API = preview.lms.api;
        recordLaunch(kind, resuming, status);
        preview.loaded = { session: status.session, build: status.served };
        frame.src = '/course/index.html';
        showLaunch();
        refreshCmi();
      });
    }).catch(function (e) {
      recordNote('The preview could not launch the course: ' + e.message);
    });
    return preview.busy;
  }

  function showLaunch() {
    ui.launch.textContent = 'launch ' + preview.launch + (preview.launchKind === 'resume' ? ', returning learner' : ', new learner');
  }

  // --- the call log ----------------------------------------------------------------------------------

  function record(call) {
    preview.calls.push(call);
    var row = element('li', 'pv-call pv-fn-' + call.fn);
    row.dataset.fn = call.fn;
    row.dataset.launch = String(call.launch);
    if (READS.indexOf(call.fn) !== -1) {
      row.classList.add('pv-read');
    }
    row.appendChild(element('span', 'pv-time', (call.atMs / 1000).toFixed(2) + ' s'));
    var body = element('span', 'pv-text');
    body.appendChild(element('code', 'pv-fn', call.fn));
    body.appendChild(document.createTextNode('(' + call.args.map(quote).join(', ') + ')'));
    body.appendChild(document.createTextNode(' → '));
    body.appendChild(element('code', 'pv-result', quote(call.result)));
    if (call.error !== '0') {
      row.classList.add('pv-error');
      body.appendChild(element('span', 'pv-error-code', ' error ' + call.error + (call.errorText ? ': ' + call.errorText : '')));
    }
    if (call.injected) {
      row.classList.add('pv-injected');
      body.appendChild(element('span', 'pv-tag', ' failure made by the preview'));
    }
    row.appendChild(body);
    call.notes.forEach(function (note) {
      row.classList.add('pv-warning');
      row.appendChild(element('span', 'pv-note', note));
    });
    append(row);
    ui.callCount.textContent = '(' + preview.calls.length + ')';
    if (call.fn === 'LMSCommit' || call.fn === 'LMSFinish') {
      showFailState();
    }
    refreshCmi();
  }

  function recordLaunch(kind, resuming, status) {
    var what = kind === 'rebuild' ? 'Rebuilt (build ' + status.served + '): relaunched ' :
      kind === 'resume' ? 'Relaunched ' : 'Launched ';
    what += resuming ? 'as a returning learner with what the LMS last stored (entry "resume")' :
      'as a new learner (entry "ab-initio")';
    if (kind !== 'new' && !resuming) {
      what += ': the course had not committed anything yet';
    }
    var row = element('li', 'pv-launch', 'Launch ' + preview.launch + '. ' + what + '.');
    row.dataset.launch = String(preview.launch);
    append(row);
  }

  function recordNote(message) {
    append(element('li', 'pv-launch pv-warning', message));
  }

  // The log follows new calls until the author scrolls up to read, and again once they scroll back down.
  var followLog = true;
  log.addEventListener('scroll', function () {
    followLog = log.scrollTop + log.clientHeight >= log.scrollHeight - 8;
  });
  new ResizeObserver(function () { scrollLog(); }).observe(log);

  function scrollLog() {
    if (followLog) {
      log.scrollTop = log.scrollHeight;
    }
  }

  function append(row) {
    log.appendChild(row);
    while (log.childElementCount > MAX_LOG_ROWS) {
      log.removeChild(log.firstElementChild);
    }
    scrollLog();
  }

  // --- the CMI table ---------------------------------------------------------------------------------

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

  function showFailState() {
    ui.failState.textContent = preview.commitFailures > 0
      ? 'The next ' + (preview.commitFailures === 1 ? 'commit' : preview.commitFailures + ' commits') + ' will fail.'
      : '';
  }

  // --- builds ----------------------------------------------------------------------------------------

  function showStatus(status) {
    ui.title.textContent = status.course ? status.course.title : '';
    if (status.course) {
      document.title = 'Preview: ' + status.course.title;
    }
    var errors = status.diagnostics.filter(function (d) { return d.severity === 'error'; }).length;
    var warnings = status.diagnostics.length - errors;
    var counts = plural(errors, 'error') + ', ' + plural(warnings, 'warning');
    ui.build.className = 'pv-build ' + (status.succeeded ? (warnings ? 'pv-build-warn' : 'pv-build-ok') : 'pv-build-failed');
    ui.build.textContent = status.succeeded
      ? 'Build ' + status.build + ': ' + status.elapsedMs + ' ms, ' + plural(warnings, 'warning') + '.'
      : 'Build ' + status.build + ' failed: ' + counts + '.' +
        (status.served !== null ? ' Showing build ' + status.served + '.' : '');

    ui.diagnosticsList.replaceChildren();
    status.diagnostics.forEach(function (d) {
      var item = element('li', 'pv-' + d.severity);
      item.appendChild(element('span', 'pv-where', d.location));
      item.appendChild(element('span', 'pv-severity', ' ' + d.severity + ' ' + d.code + ': '));
      item.appendChild(document.createTextNode(d.message));
      ui.diagnosticsList.appendChild(item);
    });
    ui.diagnosticsTitle.textContent = status.succeeded
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
      launch('new');
    } else if (loaded.session !== status.session || loaded.build !== status.served) {
      launch('rebuild');
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

  // --- controls --------------------------------------------------------------------------------------

  document.getElementById('pv-resume').addEventListener('click', function () { launch('resume'); });
  document.getElementById('pv-reset').addEventListener('click', function () { launch('new'); });
  document.getElementById('pv-fail').addEventListener('click', function () {
    var count = Math.max(1, Math.min(99, parseInt(ui.failCount.value, 10) || 1));
    preview.commitFailures = count;
    showFailState();
  });
  document.getElementById('pv-clear-log').addEventListener('click', function () {
    log.replaceChildren();
    preview.calls = [];
    ui.callCount.textContent = '';
  });
  ui.hideReads.addEventListener('change', function () {
    log.classList.toggle('pv-hide-reads', ui.hideReads.checked);
  });

  // For tests and for a person debugging in DevTools.
  window.__preview = {
    state: preview,
    calls: function () { return preview.calls; },
    committed: function () { return preview.committed; },
    launches: function () { return preview.launch; },
    idle: function () { return preview.busy; }
  };

  connect();
})();
