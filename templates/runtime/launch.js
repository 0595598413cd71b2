// launch.js: the learner's progress found at launch: from the LMS, or from this browser's copy when the copy is
// newer than what the LMS holds, or when there is no LMS; and the copy of a completed attempt the LMS no
// longer holds, offered, never merged.
sb.launch = ({ course, state, savedState, time, page, say, learner, completion, tracking, localCopy, name }) => {
  // Why there is no LMS session: 'none' or 'refused'; '' with one.
  let standalone = '';

  function fromLms(session) {
    const status = session.read('cmi.core.lesson_status');
    const totalTime = session.readOnce('cmi.core.total_time');
    session.read('cmi.core.score.raw');
    const studentId = session.readOnce('cmi.core.student_id');
    const copy = localCopy.open(learner.who(studentId));
    const studentName = session.readOnce('cmi.core.student_name');
    let data = session.read('cmi.suspend_data');
    let bookmark = session.read('cmi.core.lesson_location');
    const old = copy.takeOld(course.id, studentId);
    const local = copy.read() || old;
    // A copy the LMS never received, made on top of exactly what the LMS holds now, is newer: use it.
    if (local && typeof local.data === 'string' && local.base === data) {
      data = local.data;
      bookmark = local.loc || bookmark;
    }
    name.launched(studentName, local);
    const interactionFields = session.readOnce('cmi.interactions._children').split(',');
    const interactionCount = session.readOnce('cmi.interactions._count');
    tracking.resumed({ status, totalTime, interactionFields, interactionCount });
    const resumed = savedState.restore(state, savedState.decode(data), course);
    if (completion.score() !== null) {
      tracking.reportAttempt([]);
    }
    return { bookmark, resumed };
  }

  function notice(stored) {
    if (!stored) {
      return say('standaloneNotSaved');
    }
    const kept = localCopy.device().isKept();
    return say(standalone === 'refused' ? (kept ? 'lmsRefused' : 'lmsRefusedWindow') : kept ? 'standaloneSaved' : 'standaloneWindow');
  }

  function fromBrowser(why) {
    standalone = why;
    const copy = localCopy.open('anonymous');
    const local = copy.read();
    name.launched('', local);
    const resumed = savedState.restore(state, savedState.decode(local && local.data), course);
    const loc = (local && local.loc) || '';
    page.showNotice(notice(copy.write({ data: savedState.encode(state, course), loc, name: name.get() })));
    return { bookmark: loc, resumed };
  }

  // Connects and reads the learner's progress into state; says where to start, whether anything was found, and
  // the completed attempt's copy this browser kept (past), when this attempt is not completed.
  function start() {
    const session = tracking.connect();
    const found = typeof session === 'string' ? fromBrowser(session) : fromLms(session);
    const past = completion.isDone() ? null : localCopy.device().readCompleted();
    found.past = past && typeof past.data === 'string' && time.isDateStamp(past.completed) ? past : null;
    return found;
  }

  return {
    start,
    // Shown again when the learner's keep-progress choice changes what it says; '' with an LMS.
    notice: stored => (standalone ? notice(stored) : ''),
  };
};
