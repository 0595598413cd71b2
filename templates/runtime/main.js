// main.js: start-up. Reads the course from the page, builds each module from what it needs, finds the
// learner's progress, creates the components on their roots and opens the part to carry on from. The whole
// course is one SCORM 1.2 SCO in this one page (docs/lms.md).
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
  const time = sb.time;
  const savedState = sb.savedState(sb.savedStateFormat);
  const state = savedState.blank(course);
  const page = sb.page(doc);
  const completion = sb.completion({ course, state });
  const name = sb.learnerName();
  const localCopy = sb.localCopy({ win, course, state, savedState, completion, name, deviceCopy: sb.deviceCopy });
  const tracking = sb.tracking({ win, course, state, savedState, lms: sb.lms, time, page, say, completion, localCopy });
  const launch = sb.launch({ course, state, savedState, time, page, say, learner: sb.learner, completion, tracking, localCopy, name });
  const { bookmark, resumed, past } = launch.start();
  const progress = sb.progress({ doc, course, state, say, completion });
  const store = sb.store({ state, completion, tracking, progress, page, say, time });
  // Filled once the components exist: navigation calls them around each page change, and they may move the
  // learner to a part.
  const components = [];
  const navigation = sb.navigation({ win, doc, course, store, components });
  navigation.wire();
  const created = sb.createAll(doc, {
    win, doc, course, store, say, page, time, savedState, tracking, name, past,
    device: localCopy.device, notice: launch.notice, go: navigation.go,
  });
  components.push(...created.instances);
  navigation.go(course.partById.has(bookmark) ? bookmark : progress.firstUnfinished(), null, true);
  if (resumed) {
    page.announce(say('welcomeBack'));
  }
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') {
      store.save();
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
      const copy = localCopy.device();
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
