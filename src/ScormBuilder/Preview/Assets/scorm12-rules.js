// scorm12-rules.js: the SCORM 1.2 run-time rules that scorm-again does not enforce but strict LMSs (and SCORM 1.2
// itself) do. The one copy: the preview's LMS (preview-lms.js) and the browser tests' strict LMS
// (tests/ScormBuilder.BrowserTests/Lms/strict-lms.js, whose project links this file) both read window.Scorm12Rules.
(function () {
  'use strict';

  var CHARACTER_LIST = /^[0-9a-z](,[0-9a-z])*$/;

  window.Scorm12Rules = Object.freeze({
    FUNCTIONS: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
      'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    // SCORM 1.2 RTE 3.4.4: these may be called at any time, so they never break the session rules.
    ERROR_FUNCTIONS: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    // The longest value each element may hold.
    LIMITS: { 'cmi.suspend_data': 4096, 'cmi.core.lesson_location': 255, 'cmi.comments': 4096 },
    SESSION_TIME: /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
    INTERACTION_ELEMENT: /^cmi\.interactions\.(\d+)\.(.+)$/,
    // The only readable parts under an interaction are the counts of its own sub-collections.
    READABLE_INTERACTION_PART: /^(objectives|correct_responses)\._count$/,
    INTERACTION_ID: /^[^\s\x00-\x1f\x7f]{1,255}$/,
    RESPONSE_FORMATS: {
      'true-false': /^(0|1|t|f|true|false)$/,
      'choice': CHARACTER_LIST,
      'sequencing': CHARACTER_LIST,
      'matching': /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
      'likert': /^[0-9a-z]?$/,
      'numeric': /^-?\d+(\.\d+)?$/,
      'fill-in': /^[\s\S]{0,255}$/,
      'performance': /^[\s\S]{0,255}$/
    }
  });
})();
