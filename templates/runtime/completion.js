// completion.js: when a part is done and what the course's status is. The progress bar and the status the LMS
// hears both follow these rules. Pure: no DOM, no LMS.
sb.completion = ({ course, state }) => {
  const DONE = new Set(['passed', 'completed']);
  const { parts, quizPart } = course;

  // A part is done once visited, a quiz once passed, and a kind may set its own rule (sb.doneWhen[kind]: a
  // scenario once an ending is reached).
  function partDone(part) {
    if (quizPart && part.id === quizPart.id) {
      return state.quiz.result === 'p';
    }
    const rule = (sb.doneWhen || {})[part.kind];
    return state.visited.has(part.id) && (!rule || rule(part.id, state));
  }

  function courseStatus() {
    const visitedAll = parts.every(p => !p.required || p === quizPart || partDone(p));
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

  // Never take back a completion the LMS already holds from an earlier session (launchStatus).
  function reportedStatus(launchStatus) {
    const status = courseStatus();
    if (launchStatus === 'passed' || (launchStatus === 'completed' && status !== 'passed')) {
      return launchStatus;
    }
    return status;
  }

  return { partDone, courseStatus, reportedStatus, isDone: () => DONE.has(courseStatus()), isDoneStatus: status => DONE.has(status) };
};
