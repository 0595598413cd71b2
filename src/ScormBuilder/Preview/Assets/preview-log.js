// preview-log.js: the call log, one row per SCORM call and per launch, following new rows as they come.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;
  var ui = pv.ui;
  var log = pv.log;
  var element = pv.element;
  var quote = pv.quote;

  var READS = ['LMSGetValue'].concat(pv.ERROR_FUNCTIONS);
  var MAX_LOG_ROWS = 3000;

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
      pv.showFailState();
    }
    pv.refreshCmi();
  }

  function recordLaunch(kind, resuming, status) {
    var what = kind === 'rebuild' ? 'Rebuilt (build ' + status.served + '): relaunched ' :
      kind === 'resume' ? 'Relaunched ' : 'Launched ';
    what += resuming ? 'as a returning learner with what the LMS last stored (entry "resume")' :
      'as a new learner (entry "ab-initio")';
    if (kind !== 'new' && !resuming && preview.committed === null) {
      what += ': the course had not committed anything yet';
    }
    var target = pv.target();
    if (target.label) {
      what += '; the LMS acts as ' + target.label + (target.note ? ' (' + target.note + ')' : '');
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

  pv.record = record;
  pv.recordLaunch = recordLaunch;
  pv.recordNote = recordNote;
})();
