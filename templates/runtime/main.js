// main.js: start-up. Reads the course from the page, builds each module from what it needs, finds the
// learner's progress and opens the part to carry on from. The whole course is one SCORM 1.2 SCO in this one
// page (docs/lms.md).
sb.main = (win, doc) => {
  const dataScript = doc.getElementById('sb-course');
  if (!dataScript) {
    return;
  }
  const course = sb.course(JSON.parse(dataScript.textContent));
  if (!course.parts.length) {
    return;
  }
  const say = sb.words(sb.wordTable);
  const savedState = sb.savedState(sb.savedStateFormat);
  const state = savedState.blank(course);
  const page = sb.page(doc);
  // The record the CPD record part shows: this attempt's, or (past) a completed one this browser kept.
  const recordView = { past: null };
  const shared = { win, doc, course, state, say, savedState, time: sb.time, lms: sb.lms, page, recordView,
    learner: sb.learner, deviceCopy: sb.deviceCopy };
  const tracking = sb.tracking(shared);
  const progress = sb.progress({ ...shared, tracking });
  const withTracking = { ...shared, tracking, progress };
  // One module per kind of part or block that does more than show itself, each added to sb.behaviours by its own file.
  const behaviours = sb.behaviours.map(behaviour => behaviour(withTracking));
  const navigation = sb.navigation({ ...withTracking, behaviours });

  const { bookmark, resumed, past } = tracking.launch();
  navigation.wire();
  sb.devicePanel(withTracking).wire(navigation.go, past);
  behaviours.forEach(behaviour => behaviour.wire());
  navigation.go(course.partById.has(bookmark) ? bookmark : progress.firstUnfinished(), null, true);
  if (resumed) {
    page.announce(say('welcomeBack'));
  }
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') {
      tracking.save();
    }
  });
  win.addEventListener('pagehide', tracking.end);
  // A frameset LMS's own unload runs before our pagehide, and what is sent then never arrives: end here too.
  win.addEventListener('beforeunload', () => {
    if (tracking.endedInLms()) {
      return;
    }
    tracking.end();
    if (tracking.endedInLms()) {
      stillHere();
    }
  });
  // Another handler cancelled the leaving: the learner is still here, but their LMS session has ended. Said once
  // they act again, or after a second on show.
  function stillHere() {
    let said = false;
    const tell = () => {
      if (said) {
        return;
      }
      said = true;
      clearTimeout(timer);
      ['pointerdown', 'keydown'].forEach(type => doc.removeEventListener(type, tell, true));
      const copy = tracking.device();
      const message = say(copy && copy.isKept() && !copy.isStopped() ? 'sessionEndedKept' : 'sessionEndedWindow');
      page.showNotice(message);
      page.announce(message);
    };
    const timer = setTimeout(() => {
      if (doc.visibilityState === 'visible') {
        tell();
      }
    }, 1000);
    ['pointerdown', 'keydown'].forEach(type => doc.addEventListener(type, tell, true));
  }
  win.addEventListener('pageshow', event => {
    if (event.persisted && tracking.endedInLms()) {
      page.showNotice(say('sessionEnded'));
    }
  });
};

sb.main(window, document);
