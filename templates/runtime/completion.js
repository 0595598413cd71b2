// completion.js: when a part is done and what the course's status is. The progress bar and the status the LMS
// hears both follow these rules. Pure: no DOM, no LMS.
//
// Each kind's module registers its own rules in sb.kinds[kind] (all optional):
//   done(part, state)       the part is done (default: once visited);
//   attempted(part, state)  tried and not done yet (shown as "not passed yet");
//   graded: true            the part whose pass the course reports (at most one in a course), with
//   score(state)            its score (0-100) once attempted, else null.
sb.completion = ({ course, state }) => {
  const DONE = new Set(['passed', 'completed']);
  const rules = sb.kinds || {};
  const ruleOf = part => rules[part.kind] || {};
  const { parts } = course;
  const graded = parts.find(p => ruleOf(p).graded) || null;

  function partDone(part) {
    const rule = ruleOf(part);
    return rule.done ? rule.done(part, state) : state.visited.has(part.id);
  }

  function partAttempted(part) {
    const rule = ruleOf(part);
    return Boolean(rule.attempted && rule.attempted(part, state)) && !partDone(part);
  }

  const score = () => (graded ? ruleOf(graded).score(state) : null);

  function courseStatus() {
    const visitedAll = parts.every(p => !p.required || p === graded || partDone(p));
    const passed = graded !== null && partDone(graded);
    if (graded && graded.required) {
      if (passed) {
        return visitedAll ? 'passed' : 'incomplete';
      }
      return partAttempted(graded) && course.failedStatus === 'failed' ? 'failed' : 'incomplete';
    }
    if (!visitedAll) {
      return 'incomplete';
    }
    return passed ? 'passed' : 'completed';
  }

  // Never take back a completion the LMS already holds from an earlier session (launchStatus).
  function reportedStatus(launchStatus) {
    const status = courseStatus();
    if (launchStatus === 'passed' || (launchStatus === 'completed' && status !== 'passed')) {
      return launchStatus;
    }
    return status;
  }

  return { partDone, partAttempted, score, courseStatus, reportedStatus, isDone: () => DONE.has(courseStatus()), isDoneStatus: status => DONE.has(status) };
};
