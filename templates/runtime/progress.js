// progress.js: how far the learner is: the progress bar and text, and each part's state in the contents.
sb.progress = ({ doc, course, state, say, tracking }) => {
  const { parts } = course;
  const contents = doc.getElementById('sb-contents');

  const isDone = tracking.partDone;

  function stateText(part) {
    let word = 'stateNotStarted';
    if (isDone(part)) {
      word = 'stateDone';
    } else if (tracking.partAttempted(part)) {
      word = 'stateNotPassedYet';
    } else if (state.visited.has(part.id)) {
      word = 'stateStarted';
    }
    return say('partState', { state: say(word) });
  }

  function render() {
    const required = parts.filter(p => p.required);
    const done = required.filter(isDone).length;
    const bar = doc.getElementById('sb-progress-bar');
    if (bar) {
      bar.max = required.length;
      bar.value = done;
    }
    const text = doc.getElementById('sb-progress-text');
    if (text) {
      text.textContent = say('progress', { done, total: required.length });
    }
    parts.forEach(part => {
      const item = contents && contents.querySelector('li[data-part="' + part.id + '"]');
      if (!item) {
        return;
      }
      item.classList.toggle('sb-done', isDone(part));
      item.classList.toggle('sb-attempted', tracking.partAttempted(part));
      const label = item.querySelector('.sb-state .sb-visually-hidden');
      if (label) {
        label.textContent = stateText(part);
      }
    });
  }

  function firstUnfinished() {
    const part = parts.find(p => p.required && !isDone(p));
    return part ? part.id : parts[0].id;
  }

  return { render, firstUnfinished };
};
