// The preview page's scripts, loaded in order by index.html: scorm12-rules, preview-shared (this file), preview-lms,
// preview-log, preview-cmi, preview-launch, preview-builds, preview-controls, preview-start. scorm-again plays
// the LMS on this page (window.API) for the course in the frame; every call is logged with its result, the CMI
// is shown as it is now and as last committed, and the buttons relaunch the course the way an LMS would.
// scormbuilder pushes each rebuild over /events. The files share one namespace, window.sbPreview; each adds its
// own functions to it, and calls the others' through it only once the page has started.
(function () {
  'use strict';

  var LIMITS = window.Scorm12Rules.LIMITS;

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

  window.sbPreview = {
    LIMITS: LIMITS,
    frame: document.getElementById('pv-course'),
    log: document.getElementById('pv-log'),
    ui: ui,
    state: preview,
    text: text,
    clip: clip,
    quote: quote,
    element: element
  };
})();
