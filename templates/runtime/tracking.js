// tracking.js: what the LMS is told, and when: status, score, interactions, bookmark and saved state at each
// save point, and the progress found at launch (from the LMS, or from this browser's copy: device-copy.js).
sb.tracking = ({ win, course, state, savedState, lms, time, page, say, learner, deviceCopy }) => {
  const FAILURES_BEFORE_WARNING = 3;
  const FINAL = new Set(['passed', 'completed', 'failed']);
  const startedAt = Date.now();
  let session = null;
  let copy = null;
  // The name for the certificate: the LMS's, or else the one the learner types.
  let name = '';
  let nameFromLms = false;
  let standalone = '';
  let finalSent = '';
  const onDone = [];
  let launchStatus = '';
  let interactions = null;
  let ended = false;
  let announcedDone = false;
  // What the LMS says earlier sessions took (cmi.core.total_time); this session's clock adds the rest.
  let earlierSessionsMs = 0;

  const completion = sb.completion({ course, state });
  const { partDone, partAttempted, courseStatus } = completion;
  const reportedStatus = () => completion.reportedStatus(launchStatus);

  const sessionMs = () => earlierSessionsMs + Date.now() - startedAt;

  // Returns whether the copy was kept.
  function keepLocalCopy() {
    if (!copy) {
      return false;
    }
    const data = savedState.encode(state, course);
    // Some LMSs start afresh after a completion: this browser keeps the completed attempt's copy for its learner.
    if (completion.isDone()) {
      copy.writeCompleted({ data, spentMs: sessionMs(), completed: state.completed, name });
    }
    if (!session) {
      return copy.write({ data, loc: state.location, name });
    }
    const base = session.committed('cmi.suspend_data');
    if (data === base && state.location === session.committed('cmi.core.lesson_location') && (nameFromLms || !name)) {
      copy.clear();
      return true;
    }
    // base: what the LMS holds. A later launch trusts this copy only if the LMS still holds exactly that.
    return copy.write({ base, data, loc: state.location, name });
  }

  function queueState() {
    const data = savedState.encode(state, course);
    if (data.length <= savedState.limit) {
      session.write('cmi.suspend_data', data);
    }
    session.write('cmi.core.lesson_location', state.location);
    const status = reportedStatus();
    // Learning Hub keeps a final status only with a session time above zero, sent with it.
    if (FINAL.has(status) && status !== finalSent) {
      finalSent = status;
      session.write('cmi.core.session_time', time.timespan(Math.max(10, Date.now() - startedAt)));
    }
    session.write('cmi.core.lesson_status', status);
    session.write('cmi.core.exit', completion.isDoneStatus(status) ? '' : 'suspend');
  }

  // Called after every change the learner makes. Only the local copy is written: the LMS hears at the next
  // save point, so typing never turns into a storm of LMS calls. Says whether the copy was kept.
  function changed() {
    return keepLocalCopy();
  }

  // Save points: a part visited, an attempt submitted, the page hidden. One commit each, and none when nothing
  // changed.
  function save() {
    const justDone = !announcedDone && completion.isDone();
    if (justDone) {
      announcedDone = true;
      state.completed = state.completed || time.dateStamp(new Date());
    }
    keepLocalCopy();
    if (session && !ended) {
      queueState();
      if (session.hasUnsent()) {
        session.commit();
      }
    }
    if (justDone) {
      page.announce(say('courseCompleted'));
      onDone.forEach(listener => listener());
    }
  }

  function end() {
    if (ended) {
      return;
    }
    if (session) {
      queueState();
      session.write('cmi.core.session_time', time.timespan(Math.max(10, Date.now() - startedAt)));
      session.finish();
    }
    ended = true;
    keepLocalCopy();
  }

  // An attempt at the graded part. results: per question, the response, whether it was right, when it was last
  // answered and the latency.
  function reportAttempt(results) {
    if (!session) {
      return;
    }
    if (interactions) {
      sb.interactions.writes(results, interactions, time).forEach(([element, value]) => session.write(element, value));
      interactions.first += results.length;
    }
    // Score before status: an LMS may judge pass or fail from the score as soon as it sees the status.
    session.write('cmi.core.score.raw', String(completion.score()));
    session.write('cmi.core.score.min', '0');
    session.write('cmi.core.score.max', '100');
  }

  function connect() {
    const api = lms.find(win);
    if (!api) {
      return 'none';
    }
    const candidate = lms.session(api, {
      failed(count) {
        if (count >= FAILURES_BEFORE_WARNING) {
          page.warn(say(copy && copy.isKept() ? 'lmsFailingBrowser' : 'lmsFailingWindow'));
        }
      },
      recovered() {
        if (page.clearWarning()) {
          page.announce(say('progressSaved'));
        }
      },
      // A retry commits anyway, so it carries the learner's latest state, not the state that first failed.
      retrying: queueState,
      saved: keepLocalCopy,
    });
    if (!candidate.start()) {
      return 'refused';
    }
    session = candidate;
    return 'lms';
  }

  function openCopy(who) {
    const storage = which => () => win[which];
    deviceCopy.sweep(storage('localStorage'), Date.now());
    copy = deviceCopy.open({ local: storage('localStorage'), session: storage('sessionStorage'), storageKey: course.storageKey, who, now: Date.now });
  }

  function loadFromLms() {
    launchStatus = session.read('cmi.core.lesson_status');
    earlierSessionsMs = time.msFrom(session.readOnce('cmi.core.total_time'));
    session.read('cmi.core.score.raw');
    const studentId = session.readOnce('cmi.core.student_id');
    openCopy(learner.who(studentId));
    name = learner.displayName(session.readOnce('cmi.core.student_name'));
    nameFromLms = name !== '';
    let data = session.read('cmi.suspend_data');
    let bookmark = session.read('cmi.core.lesson_location');
    const old = copy.takeOld(course.id, studentId);
    const local = copy.read() || old;
    // A copy the LMS never received, made on top of exactly what the LMS holds now, is newer: use it.
    if (local && typeof local.data === 'string' && local.base === data) {
      data = local.data;
      bookmark = local.loc || bookmark;
    }
    if (!nameFromLms && local && typeof local.name === 'string') {
      name = local.name;
    }
    const fields = session.readOnce('cmi.interactions._children').split(',');
    const count = session.readOnce('cmi.interactions._count');
    if (fields.includes('id') && /^\d+$/.test(count)) {
      interactions = { fields: new Set(fields), first: Number(count) };
    }
    const resumed = savedState.restore(state, savedState.decode(data), course);
    if (completion.score() !== null) {
      reportAttempt([]);
    }
    return { bookmark, resumed };
  }

  function standaloneNotice(stored) {
    if (!stored) {
      return say('standaloneNotSaved');
    }
    const kept = copy.isKept();
    return say(standalone === 'refused' ? (kept ? 'lmsRefused' : 'lmsRefusedWindow') : kept ? 'standaloneSaved' : 'standaloneWindow');
  }

  function loadStandalone(why) {
    standalone = why;
    openCopy('anonymous');
    const local = copy.read();
    name = local && typeof local.name === 'string' ? local.name : '';
    const resumed = savedState.restore(state, savedState.decode(local && local.data), course);
    const loc = (local && local.loc) || '';
    page.showNotice(standaloneNotice(copy.write({ data: savedState.encode(state, course), loc, name })));
    return { bookmark: loc, resumed };
  }

  // Connects and reads the learner's progress into state; says where to start and whether anything was found.
  function launch() {
    const connection = connect();
    const found = connection === 'lms' ? loadFromLms() : loadStandalone(connection);
    announcedDone = completion.isDone();
    // The copy of a completed attempt that the LMS no longer holds: offered, never merged.
    const past = announcedDone ? null : copy.readCompleted();
    found.past = past && typeof past.data === 'string' && time.isDateStamp(past.completed) ? past : null;
    return found;
  }

  return {
    launch,
    partDone,
    partAttempted,
    courseStatus,
    isDone: completion.isDone,
    changed,
    save,
    end,
    reportAttempt,
    sessionMs,
    endedInLms: () => ended && session !== null,
    inLms: () => session !== null,
    whenDone: listener => onDone.push(listener),
    device: () => copy,
    // Shown again when the learner's keep-progress choice changes what it says.
    standaloneNotice: stored => (standalone ? standaloneNotice(stored) : ''),
    learnerName: () => name,
    nameFromLms: () => nameFromLms,
    setName(typed) {
      name = typed;
      keepLocalCopy();
    },
  };
};
