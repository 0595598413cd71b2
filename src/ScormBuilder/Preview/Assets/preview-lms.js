// preview-lms.js: the LMS. Each launch gets its own scorm-again API whose calls are checked against the rules
// strict LMSs enforce, then passed on (or made to fail on request) and recorded in the call log.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;
  var text = pv.text;
  var clip = pv.clip;
  var LIMITS = pv.LIMITS;

  var rules = window.Scorm12Rules;
  var FUNCTIONS = rules.FUNCTIONS;
  var ERROR_FUNCTIONS = rules.ERROR_FUNCTIONS;
  var INJECTED_ERROR = 101;
  var LEARNER = { student_id: 'preview-learner', student_name: 'Learner, Preview' };

  // The rules scorm-again does not enforce but strict LMSs (and SCORM 1.2 itself) do.
  var SESSION_TIME = rules.SESSION_TIME;
  var INTERACTION_ELEMENT = rules.INTERACTION_ELEMENT;
  var READABLE_INTERACTION_PART = rules.READABLE_INTERACTION_PART;
  var INTERACTION_ID = rules.INTERACTION_ID;
  var RESPONSE_FORMATS = rules.RESPONSE_FORMATS;

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

      if (name === 'LMSFinish' && session.initialized && !session.finished && pv.target().finish) {
        pv.target().finish(api, real, call);
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
      pv.record(call);
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

  pv.ERROR_FUNCTIONS = ERROR_FUNCTIONS;
  pv.firstAttemptCmi = firstAttemptCmi;
  pv.returningCmi = returningCmi;
  pv.createLms = createLms;
})();
