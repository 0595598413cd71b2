// A strict SCORM 1.2 LMS for browser tests: scorm-again's Scorm12API, wrapped so that every call is
// logged, the rules scorm-again does not enforce are checked, and failures can be injected.
// Everything a test reads lives on window.__lms; see Harness/LmsReport.cs for its shape.
(function () {
  'use strict';

  // SCORM 1.2's rules, shared with the preview's LMS (src/ScormBuilder/Preview/Assets/scorm12-rules.js).
  var rules = window.Scorm12Rules;
  var FUNCTIONS = rules.FUNCTIONS;
  var ERROR_FUNCTIONS = rules.ERROR_FUNCTIONS;
  var LIMITS = rules.LIMITS;
  var DEFAULT_SETTINGS = { autocommit: false, logLevel: 5 };
  var INJECTED_ERROR = 101;
  var FINAL_STATUS = /^(completed|passed|failed)$/;

  var SESSION_TIME = rules.SESSION_TIME;
  var INTERACTION_ELEMENT = rules.INTERACTION_ELEMENT;
  var READABLE_INTERACTION_PART = rules.READABLE_INTERACTION_PART;
  var INTERACTION_ID = rules.INTERACTION_ID;
  var RESPONSE_FORMATS = rules.RESPONSE_FORMATS;

  function decodeLaunch(search) {
    var encoded = new URLSearchParams(search).get('launch');
    if (!encoded) {
      return {};
    }
    var base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  function asText(value) {
    return value === undefined || value === null ? null : String(value);
  }

  function clip(text) {
    return text.length > 60 ? text.slice(0, 60) + '… (' + text.length + ' chars)' : text;
  }

  // A SCORM timespan as seconds; anything unreadable is 0.
  function seconds(timespan) {
    var match = /^(\d{1,4}):(\d{2}):(\d{2}(\.\d{1,2})?)$/.exec(timespan || '');
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : 0;
  }

  function createLms(launch, options) {
    options = options || {};
    var hub = !!launch.learningHub;
    var settings = Object.assign({}, DEFAULT_SETTINGS, launch.settings || {});
    // The report reads the CMI through renderCommitCMI, which only nests it in the json format.
    settings.dataCommitFormat = 'json';
    var api = new Scorm12API(settings);
    var real = {};
    FUNCTIONS.forEach(function (name) { real[name] = api[name].bind(api); });

    var log = {
      calls: [],
      violations: [],
      setupErrors: [],
      counts: {},
      initialized: false,
      finished: false,
      committedCmi: null,
      completionRecorded: false,
      completionSessionTime: null,
      lmsUnloaded: false,
      callsAfterLmsUnload: 0,
      faults: {
        refuseInitialize: !!(launch.faults && launch.faults.refuseInitialize),
        commitFailures: (launch.faults && launch.faults.commitFailures) || 0,
        setValueFailures: (launch.faults && launch.faults.setValueFailures) || 0,
        setValueFault: (launch.faults && launch.faults.setValueFault) || 'false'
      }
    };
    FUNCTIONS.forEach(function (name) { log.counts[name] = 0; });
    var interactions = {};
    // An LMS that supports fewer interaction fields than scorm-again (null: all of them; '': none).
    var interactionChildren = typeof launch.interactionChildren === 'string' ? launch.interactionChildren
      : hub ? LmsModes.HUB_INTERACTION_CHILDREN : null;

    try {
      api.loadFromJSON(launch.cmi || {}, '');
    } catch (e) {
      log.setupErrors.push('loadFromJSON: ' + e.message);
    }

    function violate(rule, message, call) {
      log.violations.push({ rule: rule, message: message, callSeq: call.seq });
    }

    function renderCmi() {
      // renderCommitCMI(true) adds total_time as the LMS would store it (previous total + this session).
      return JSON.parse(JSON.stringify(api.renderCommitCMI(true).cmi));
    }

    function checkSessionRules(call) {
      if (ERROR_FUNCTIONS.indexOf(call.fn) !== -1) {
        return;
      }
      if (call.fn === 'LMSInitialize') {
        // Trying again after a refusal is fine; starting a second session is not.
        if (log.initialized) {
          violate('multiple-initialize', 'LMSInitialize called ' + log.counts.LMSInitialize + ' times in one launch, after it had succeeded.', call);
        }
      } else if (call.fn === 'LMSFinish') {
        if (log.counts.LMSFinish > 1) {
          violate('multiple-finish', 'LMSFinish called ' + log.counts.LMSFinish + ' times in one launch.', call);
        }
      } else if (log.finished) {
        violate('call-after-finish', call.fn + '(' + call.args.join(', ') + ') called after LMSFinish.', call);
      } else if (!log.initialized) {
        violate('call-before-initialize', call.fn + '(' + call.args.join(', ') + ') called before LMSInitialize succeeded.', call);
      }
    }

    function checkInteractionResponse(index, call) {
      var interaction = interactions[index];
      if (!interaction || interaction.type === undefined || interaction.response === undefined) {
        return;
      }
      var format = RESPONSE_FORMATS[interaction.type];
      if (format && !format.test(interaction.response)) {
        violate('student-response-format', 'cmi.interactions.' + index + '.student_response "' + clip(interaction.response) +
          '" is not a SCORM 1.2 ' + interaction.type + ' response.', call);
      }
    }

    function checkGetValue(call) {
      var element = call.args[0] || '';
      var match = INTERACTION_ELEMENT.exec(element);
      if (match && !READABLE_INTERACTION_PART.test(match[2])) {
        violate('interaction-read', 'LMSGetValue("' + element + '"): interaction elements are write-only in SCORM 1.2.', call);
      }
    }

    function checkSetValue(call) {
      var element = call.args[0] || '';
      var value = call.args[1] === null ? '' : call.args[1];
      if (element === 'cmi.suspend_data' && value.length > LIMITS[element]) {
        violate('suspend-data-too-long', 'cmi.suspend_data is ' + value.length + ' chars; SCORM 1.2 allows ' + LIMITS[element] + '.', call);
      } else if (element === 'cmi.core.lesson_location' && value.length > LIMITS[element]) {
        violate('lesson-location-too-long', 'cmi.core.lesson_location is ' + value.length + ' chars; SCORM 1.2 allows ' + LIMITS[element] + '.', call);
      } else if (element === 'cmi.core.session_time' && !SESSION_TIME.test(value)) {
        violate('session-time-format', 'cmi.core.session_time "' + clip(value) + '" is not HHHH:MM:SS.SS.', call);
      } else if (element === 'cmi.core.lesson_status' && value === 'not attempted') {
        violate('lesson-status-not-attempted', 'A SCO never sets cmi.core.lesson_status to "not attempted".', call);
      }
      var match = INTERACTION_ELEMENT.exec(element);
      if (!match) {
        return;
      }
      var index = match[1];
      interactions[index] = interactions[index] || {};
      if (match[2] === 'id' && !INTERACTION_ID.test(value)) {
        violate('interaction-id-invalid', 'cmi.interactions.' + index + '.id "' + clip(value) +
          '" must be 1-255 printable characters without spaces.', call);
      } else if (match[2] === 'type') {
        interactions[index].type = value;
        checkInteractionResponse(index, call);
      } else if (match[2] === 'student_response') {
        interactions[index].response = value;
        checkInteractionResponse(index, call);
      }
    }

    // Answers as an LMS without the element would: "" or "false", error 401 (not implemented).
    function unsupported(name, call) {
      if (interactionChildren === null || (name !== 'LMSGetValue' && name !== 'LMSSetValue')) {
        return null;
      }
      var element = call.args[0] || '';
      if (element === 'cmi.interactions._children' && interactionChildren !== '') {
        return name === 'LMSGetValue' ? interactionChildren : null;
      }
      var match = INTERACTION_ELEMENT.exec(element);
      var field = match ? match[2].split('.')[0] : null;
      var supported = interactionChildren === '' ? [] : interactionChildren.split(',');
      var isUnsupported = element.indexOf('cmi.interactions.') === 0 && (interactionChildren === '' || (field !== null && supported.indexOf(field) === -1));
      if (!isUnsupported) {
        return null;
      }
      if (name === 'LMSSetValue') {
        violate('unsupported-element', 'LMSSetValue("' + element + '"): the LMS said it does not support this element.', call);
      }
      api.throwSCORMError('api', 401, 'Not implemented by this test LMS.');
      return name === 'LMSGetValue' ? '' : 'false';
    }

    // The values an LMS hands back in its own form, whatever scorm-again holds.
    function override(name, call) {
      var element = call.args[0] || '';
      if (name !== 'LMSGetValue') {
        return undefined;
      }
      if (element === 'cmi.core.student_id' && launch.studentIdNull) {
        return null;
      }
      if (element === 'cmi.core.total_time' && typeof launch.totalTimeAsSent === 'string') {
        return launch.totalTimeAsSent;
      }
      return undefined;
    }

    function lastSessionTime() {
      for (var i = log.calls.length - 1; i >= 0; i--) {
        var c = log.calls[i];
        if (c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.session_time' && c.result === 'true') {
          return c.args[1];
        }
      }
      return null;
    }

    // Learning Hub records a completion only from data with a final status and a session time above zero.
    function checkCompletion() {
      var time = lastSessionTime();
      if (!log.completionRecorded && FINAL_STATUS.test(api.cmi.core.lesson_status) && seconds(time) > 0) {
        log.completionRecorded = true;
        log.completionSessionTime = time;
      }
    }

    function takeFault(name) {
      if (name === 'LMSInitialize' && log.faults.refuseInitialize) {
        return 'false';
      }
      if (name === 'LMSCommit' && log.faults.commitFailures > 0) {
        log.faults.commitFailures--;
        return 'false';
      }
      if (name === 'LMSSetValue' && log.faults.setValueFailures > 0) {
        log.faults.setValueFailures--;
        return log.faults.setValueFault;
      }
      return null;
    }

    function intercept(name, args) {
      var call = {
        seq: log.calls.length,
        fn: name,
        args: args.map(asText),
        result: null,
        error: null,
        atMs: Math.round(performance.now() * 10) / 10,
        injected: null,
        threw: false
      };
      log.calls.push(call);
      log.counts[name]++;
      if (log.lmsUnloaded) {
        call.afterLmsUnload = true;
        log.callsAfterLmsUnload++;
      }
      checkSessionRules(call);
      if (name === 'LMSGetValue') {
        checkGetValue(call);
      } else if (name === 'LMSSetValue') {
        checkSetValue(call);
      }

      if (hub) {
        quirks.before(name, call);
      }
      var answer = unsupported(name, call);
      if (answer !== null) {
        call.result = answer;
        call.error = real.LMSGetLastError();
        return answer;
      }

      var fault = takeFault(name);
      if (fault === 'throw') {
        call.injected = fault;
        call.threw = true;
        throw new Error('LMSSetValue failed (injected by the test LMS).');
      }
      if (fault === 'false') {
        call.injected = fault;
        api.throwSCORMError('api', INJECTED_ERROR, 'Failure injected by the test LMS.');
        call.result = 'false';
        call.error = real.LMSGetLastError();
        return 'false';
      }

      var result = real[name].apply(null, args);
      var given = override(name, call);
      if (given !== undefined) {
        result = given;
      }
      call.result = asText(result);
      call.error = real.LMSGetLastError();

      if (name === 'LMSInitialize' && result === 'true') {
        log.initialized = true;
      }
      if (name === 'LMSFinish' && result === 'true') {
        log.finished = true;
      }
      if ((name === 'LMSCommit' || name === 'LMSFinish') && result === 'true') {
        log.committedCmi = renderCmi();
        checkCompletion();
        if (options.store === 'commit') {
          server.send();
        }
      }
      if (name === 'LMSSetValue' && (call.result !== 'true' || call.error !== '0')) {
        violate('set-failed', 'LMSSetValue("' + call.args[0] + '", "' + clip(call.args[1] || '') + '") returned ' +
          call.result + ' with error ' + call.error + '.', call);
      }
      return result;
    }

    FUNCTIONS.forEach(function (name) {
      api[name] = function () { return quirks.shape(name, intercept(name, Array.prototype.slice.call(arguments))); };
    });

    function state() {
      return {
        violations: log.violations,
        setupErrors: log.setupErrors,
        counts: log.counts,
        initialized: log.initialized,
        finished: log.finished,
        cmi: renderCmi(),
        committedCmi: log.committedCmi,
        completionRecorded: log.completionRecorded,
        completionSessionTime: log.completionSessionTime,
        lmsUnloaded: log.lmsUnloaded,
        callsAfterLmsUnload: log.callsAfterLmsUnload
      };
    }

    if (options.store) {
      // The LMS's own unload: it sends what it holds, and what arrives later is never stored.
      window.addEventListener('pagehide', function () {
        log.lmsUnloaded = true;
        server.send();
      });
    }

    var quirks = hub ? LmsModes.learningHub(api, log, violate) : LmsModes.none;
    var server = LmsModes.server(launch, function () { return Object.assign({ allCalls: log.calls }, state()); });

    window.__lms = {
      report: function () {
        return JSON.stringify(Object.assign({ calls: log.calls }, state()));
      },
      // Live views for a person debugging in DevTools; tests read report().
      calls: log.calls,
      violations: log.violations,
      counts: log.counts,
      failCommits: function (count) { log.faults.commitFailures = count; },
      failSetValues: function (count, fault) {
        log.faults.setValueFailures = count;
        log.faults.setValueFault = fault;
      },
      api: api
    };
    return api;
  }

  function scoUrl(launch) {
    var path = launch.sco || 'index.html';
    if (/^([a-z]+:|\/)/i.test(path)) {
      throw new Error('The SCO path must be relative to /sco/: ' + path);
    }
    return '/sco/' + path;
  }

  window.StrictLms = {
    start: function (options) {
      var launch = decodeLaunch(window.location.search);
      window.StrictLms.launch = launch;
      window.API = createLms(launch, options);
      return scoUrl(launch);
    }
  };
})();
