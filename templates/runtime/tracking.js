// tracking.js: what the LMS is told, and when: status, score, interactions, bookmark and saved state at each
// save point (store.js decides when), from the rules of completion.js and the answers as interactions.js writes them. The
// progress found at launch is launch.js's; this browser's copy, local-copy.js's.
sb.tracking = ({ win, course, state, savedState, lms, time, page, say, completion, localCopy }) => {
  const FAILURES_BEFORE_WARNING = 3;
  const FINAL = new Set(['passed', 'completed', 'failed']);
  const startedAt = Date.now();
  let session = null;
  let finalSent = '';
  let launchStatus = '';
  let interactions = null;
  let ended = false;
  // What the LMS says earlier sessions took (cmi.core.total_time); this session's clock adds the rest.
  let earlierSessionsMs = 0;

  const reportedStatus = () => completion.reportedStatus(launchStatus);
  const sessionMs = () => earlierSessionsMs + Date.now() - startedAt;
  const keepCopy = () => localCopy.keep(session, sessionMs());

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

  // After every change the learner makes, only the local copy is written: the LMS hears at the next save point,
  // so typing never turns into a storm of LMS calls. Says whether the copy was kept.
  function changed() {
    return keepCopy();
  }

  // A save point: one commit, and none when nothing changed.
  function save() {
    keepCopy();
    if (session && !ended) {
      queueState();
      if (session.hasUnsent()) {
        session.commit();
      }
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
    keepCopy();
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

  // Returns the session, or why there is none: 'none' (no LMS found) or 'refused' (it would not start one).
  function connect() {
    const api = lms.find(win);
    if (!api) {
      return 'none';
    }
    const candidate = lms.session(api, {
      failed(count) {
        const copy = localCopy.device();
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
      saved: keepCopy,
    });
    if (!candidate.start()) {
      return 'refused';
    }
    session = candidate;
    return session;
  }

  // What the LMS said at launch of the sessions before this one (launch.js reads it).
  function resumed({ status, totalTime, interactionFields, interactionCount }) {
    launchStatus = status;
    earlierSessionsMs = time.msFrom(totalTime);
    if (interactionFields.includes('id') && /^\d+$/.test(interactionCount)) {
      interactions = { fields: new Set(interactionFields), first: Number(interactionCount) };
    }
  }

  return {
    connect,
    resumed,
    changed,
    save,
    end,
    reportAttempt,
    sessionMs,
    endedInLms: () => ended && session !== null,
    inLms: () => session !== null,
  };
};
