// preview-launch.js: launching the course in the frame with a new LMS session, as a new or a returning learner.
(function () {
  'use strict';

  var pv = window.sbPreview;
  var preview = pv.state;
  var ui = pv.ui;
  var frame = pv.frame;

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
        var afresh = kind !== 'new' && preview.committed !== null && pv.target().relaunch ? pv.target().relaunch(preview.committed) : null;
        var resuming = kind !== 'new' && preview.committed !== null && !afresh;
        preview.launch++;
        preview.launchKind = resuming ? 'resume' : 'new';
        preview.lms = pv.createLms(resuming ? pv.returningCmi(preview.committed) : pv.firstAttemptCmi(), preview.launch);
        window.API = preview.lms.api;
        pv.recordLaunch(kind, resuming, status);
        if (afresh) {
          pv.recordNote(afresh);
        }
        preview.loaded = { session: status.session, build: status.served };
        // The href's query and fragment (a package's '?lang=en') go with it, as an LMS launches it.
        frame.src = '/course/' + status.course.launch.split('/').map(encodeURIComponent).join('/') + status.course.launchQuery;
        showLaunch();
        pv.refreshCmi();
      });
    }).catch(function (e) {
      pv.recordNote('The preview could not launch the course: ' + e.message);
    });
    return preview.busy;
  }

  function showLaunch() {
    ui.launch.textContent = 'launch ' + preview.launch + (preview.launchKind === 'resume' ? ', returning learner' : ', new learner');
  }

  pv.launch = launch;
})();
