// local-copy.js: keeps this browser's copy of the learner's progress (device-copy.js) in step with the state:
// the saved state, where they are, their name and what the LMS held when the copy was made; and the copy of a
// completed attempt, which some LMSs do not keep.
sb.localCopy = ({ win, course, state, savedState, completion, name, deviceCopy }) => {
  let copy = null;

  function open(who) {
    const storage = which => () => win[which];
    deviceCopy.sweep(storage('localStorage'), Date.now());
    copy = deviceCopy.open({ local: storage('localStorage'), session: storage('sessionStorage'), storageKey: course.storageKey, who, now: Date.now });
    return copy;
  }

  // session: the LMS session, or null; spentMs: the time the course has taken so far. Returns whether the copy
  // was kept.
  function keep(session, spentMs) {
    if (!copy) {
      return false;
    }
    const data = savedState.encode(state, course);
    // Some LMSs start afresh after a completion: this browser keeps the completed attempt's copy for its learner.
    if (completion.isDone()) {
      copy.writeCompleted({ data, spentMs, completed: state.completed, name: name.get() });
    }
    if (!session) {
      return copy.write({ data, loc: state.location, name: name.get() });
    }
    const base = session.committed('cmi.suspend_data');
    if (data === base && state.location === session.committed('cmi.core.lesson_location') && (name.fromLms() || !name.get())) {
      copy.clear();
      return true;
    }
    // base: what the LMS holds. A later launch trusts this copy only if the LMS still holds exactly that.
    return copy.write({ base, data, loc: state.location, name: name.get() });
  }

  return { open, keep, device: () => copy };
};
