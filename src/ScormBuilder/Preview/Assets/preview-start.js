// preview-start.js: start-up, loaded last. Exposes the test hook and connects to scormbuilder.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;

  // For tests and for a person debugging in DevTools.
  window.__preview = {
    state: preview,
    calls: function () { return preview.calls; },
    committed: function () { return preview.committed; },
    launches: function () { return preview.launch; },
    idle: function () { return preview.busy; }
  };

  pv.connect();
})();
