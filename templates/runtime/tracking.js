// tracking.js: what the LMS is told, and when: status, score, interactions, bookmark and saved state at each
// save point, and the progress found at launch (from the LMS, or from this browser when there is none).
sb.tracking = ({ win, course, state, savedState, lms, time, page, say }) => {
  const FAILURES_BEFORE_WARNING = 3;
  const DONE = new Set(['passed', 'completed']);
  const { parts, quiz, quizPart } = course;
  const startedAt = Date.now();
  let session = null;
  let local = null;
  let launchStatus = '';
  let interactions = null;
  let ended = false;
  let announcedDone = false;
  // What the LMS says earlier sessions took (cmi.core.total_time); this session's clock adds the rest.
  let earlierSessionsMs = 0;

  function courseStatus() {
    const visitedAll = parts.every(p => !p.required || state.visited.has(p.id));
    const passed = state.quiz.result === 'p';
    if (quizPart && quizPart.required) {
      if (passed) {
        return visitedAll ? 'passed' : 'incomplete';
      }
      return state.quiz.attempts > 0 && course.failedQuizStatus === 'failed' ? 'failed' : 'incomplete';
    }
    if (!visitedAll) {
      return 'incomplete';
    }
    return passed ? 'passed' : 'completed';
  }

  // Never take back a completion the LMS already holds from an earlier session.
  function reportedStatus() {
    const status = courseStatus();
    if (launchStatus === 'passed' || (launchStatus === 'completed' && status !== 'passed')) {
      return launchStatus;
    }
    return status;
  }

  function keepLocalCopy() {
    if (!local) {
      return;
    }
    const data = savedState.encode(state, course);
    if (!session) {
      local.write({ data, loc: state.location });
      return;
    }
    const base = session.committed('cmi.suspend_data');
    if (data === base && state.location === session.committed('cmi.core.lesson_location')) {
      local.clear();
    } else {
      // base: what the LMS holds. A later launch trusts this copy only if the LMS still holds exactly that.
      local.write({ base, data, loc: state.location });
    }
  }

  function queueState() {
    const data = savedState.encode(state, course);
    if (data.length <= savedState.limit) {
      session.write('cmi.suspend_data', data);
    }
    session.write('cmi.core.lesson_location', state.location);
    const status = reportedStatus();
    session.write('cmi.core.lesson_status', status);
    session.write('cmi.core.exit', DONE.has(status) ? '' : 'suspend');
  }

  // Called after every change the learner makes. Only the local copy is written: the LMS hears at the next
  // save point, so typing never turns into a storm of LMS calls.
  function changed() {
    keepLocalCopy();
  }

  // Save points: a part visited, a quiz submitted, the page hidden. One commit each, and none when nothing
  // changed.
  function save() {
    const justDone = !announcedDone && DONE.has(courseStatus());
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
    }
  }

  function end() {
    if (ended) {
      return;
    }
    if (session) {
      queueState();
      session.write('cmi.core.session_time', time.timespan(Date.now() - startedAt));
      session.finish();
    }
    ended = true;
    keepLocalCopy();
  }

  // results: per question, the response, whether it was right, when it was last answered and the latency.
  function recordQuiz(results) {
    if (!session) {
      return;
    }
    if (interactions) {
      results.forEach(r => {
        const n = interactions.next++;
        const put = (field, value, element) => {
          if (interactions.fields.has(field)) {
            session.write('cmi.interactions.' + n + '.' + (element || field), value);
          }
        };
        const scorm = r.question.type === 'true-false' ? 'true-false' : 'choice';
        const format = letters => (scorm === 'choice' ? [...letters].join(',') : letters);
        put('id', r.question.id);
        put('type', scorm);
        put('weighting', '1');
        put('student_response', format(r.response));
        put('correct_responses', format(r.question.correct), 'correct_responses.0.pattern');
        put('result', r.correct ? 'correct' : 'wrong');
        put('time', time.clockTime(r.answered));
        put('latency', time.timespan(r.latency));
      });
    }
    // Score before status: an LMS may judge pass or fail from the score as soon as it sees the status.
    session.write('cmi.core.score.raw', String(state.quiz.score));
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
          page.warn(say(local ? 'lmsFailingBrowser' : 'lmsFailingWindow'));
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

  const storage = () => win.localStorage;

  function loadFromLms() {
    launchStatus = session.read('cmi.core.lesson_status');
    earlierSessionsMs = time.msFrom(session.readOnce('cmi.core.total_time'));
    session.read('cmi.core.score.raw');
    const learner = session.readOnce('cmi.core.student_id');
    // Without a learner id, a copy on a shared computer could reach the next learner: keep none.
    local = lms.localCopy(storage, learner ? 'scormbuilder:' + course.id + ':' + learner : null);
    let data = session.read('cmi.suspend_data');
    let bookmark = session.read('cmi.core.lesson_location');
    const record = local.read();
    // A copy the LMS never received, made on top of exactly what the LMS holds now, is newer: use it.
    if (record && typeof record.data === 'string' && record.base === data) {
      data = record.data;
      bookmark = record.loc || bookmark;
    }
    const fields = session.readOnce('cmi.interactions._children').split(',');
    const count = session.readOnce('cmi.interactions._count');
    if (fields.includes('id') && /^\d+$/.test(count)) {
      interactions = { fields: new Set(fields), next: Number(count) };
    }
    const resumed = savedState.restore(state, savedState.decode(data), course);
    if (state.quiz.attempts > 0) {
      recordQuiz([]);
    }
    return { bookmark, resumed };
  }

  function loadStandalone(why) {
    local = lms.localCopy(storage, 'scormbuilder:' + course.id + ':standalone');
    const record = local.read();
    const resumed = savedState.restore(state, savedState.decode(record && record.data), course);
    const stored = local.write({ data: savedState.encode(state, course), loc: (record && record.loc) || '' });
    page.showNotice(say(why === 'refused' ? 'lmsRefused' : stored ? 'standaloneSaved' : 'standaloneNotSaved'));
    return { bookmark: record && record.loc, resumed };
  }

  // Connects and reads the learner's progress into state; says where to start and whether anything was found.
  function launch() {
    const connection = connect();
    const found = connection === 'lms' ? loadFromLms() : loadStandalone(connection);
    announcedDone = DONE.has(courseStatus());
    return found;
  }

  return {
    launch,
    courseStatus,
    isDone: () => DONE.has(courseStatus()),
    changed,
    save,
    end,
    recordQuiz,
    sessionMs: () => earlierSessionsMs + Date.now() - startedAt,
    endedInLms: () => ended && session !== null,
  };
};
