// preview-controls.js: the test LMS's buttons (relaunch, reset, failing commits) and the call log's controls.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;
  var ui = pv.ui;
  var log = pv.log;

  function showFailState() {
    ui.failState.textContent = preview.commitFailures > 0
      ? 'The next ' + (preview.commitFailures === 1 ? 'commit' : preview.commitFailures + ' commits') + ' will fail.'
      : '';
  }

  document.getElementById('pv-resume').addEventListener('click', function () { pv.launch('resume'); });
  document.getElementById('pv-reset').addEventListener('click', function () { pv.launch('new'); });
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

  pv.showFailState = showFailState;
})();
