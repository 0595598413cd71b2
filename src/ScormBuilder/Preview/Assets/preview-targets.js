// preview-targets.js: how the test LMS acts as a platform (preview --target), where that platform's runtime is known
// to differ from scorm-again: see docs/lms.md, "Previewing as a platform". Every change it makes is noted in the log.
(function () {
  'use strict';

  var pv = window.sbPreview;

  // Moodle (mod/scorm, datamodels/scorm_12.js) at LMSFinish: "not attempted" becomes "completed", then, with a
  // mastery score in credit mode, masteryoverride sets passed or failed from the raw score, even over "incomplete".
  function moodleFinish(api, real, call) {
    var status = real.LMSGetValue('cmi.core.lesson_status');
    var mastery = api.cmi.student_data.mastery_score;
    var raw = real.LMSGetValue('cmi.core.score.raw');
    var now = status === 'not attempted' ? 'completed' : status;
    if (mastery !== '' && raw !== '' && real.LMSGetValue('cmi.core.credit') === 'credit') {
      now = Number(raw) >= Number(mastery) ? 'passed' : 'failed';
    }
    if (now !== status) {
      real.LMSSetValue('cmi.core.lesson_status', now);
      call.notes.push('Moodle: the status "' + status + '" was stored as "' + now + '" at LMSFinish' +
        (now === 'completed' && status === 'not attempted' ? ' (not attempted becomes completed).' :
          ' (masteryoverride: score ' + raw + ', mastery score ' + mastery + ').'));
    }
  }

  // Learning Hub (scormApiModel.ts) restores suspend data and location only after an attempt left "incomplete";
  // after passed, completed or failed the next launch starts afresh. It never overrides the SCO's own status.
  function learningHubRelaunch(stored) {
    var status = stored.core && stored.core.lesson_status;
    return status === 'incomplete' ? null :
      'Learning Hub: the last attempt ended "' + status + '", not "incomplete", so this launch starts afresh (entry "ab-initio", no suspend data).';
  }

  var TARGETS = {
    generic: { label: null },
    moodle: { label: 'Moodle', finish: moodleFinish },
    learninghub: { label: 'NHS Learning Hub', relaunch: learningHubRelaunch },
    esr: { label: 'ESR', note: 'no difference from SCORM 1.2 is modelled for ESR; it plays as generic' }
  };

  // The platform the status names (by default the latest status's).
  pv.target = function (status) {
    var shown = status || pv.state.status;
    var name = shown && shown.target;
    return TARGETS[name] || TARGETS.generic;
  };
})();
