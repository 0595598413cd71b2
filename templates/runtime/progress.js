// progress.js: how far the learner is: the progress bar and text, and each part's state in the contents, from
// the rules of completion.js. Rendered after every change (store.js): only what differs is written.
sb.progress = ({ doc, course, state, say, completion }) => {
  const { parts } = course;
  const contents = doc.getElementById('sb-contents');
  const { partDone, partAttempted } = completion;

  function stateText(part) {
    let word = 'stateNotStarted';
    if (partDone(part)) {
      word = 'stateDone';
    } else if (partAttempted(part)) {
      word = 'stateNotPassedYet';
    } else if (state.visited.has(part.id)) {
      word = 'stateStarted';
    }
    return say('partState', { state: say(word) });
  }

  function setText(element, text) {
    if (element.textContent !== text) {
      element.textContent = text;
    }
  }

  function render() {
    const required = parts.filter(p => p.required);
    const done = required.filter(partDone).length;
    const bar = doc.getElementById('sb-progress-bar');
    if (bar) {
      bar.max = required.length;
      bar.value = done;
    }
    const text = doc.getElementById('sb-progress-text');
    if (text) {
      setText(text, say('progress', { done, total: required.length }));
    }
    parts.forEach(part => {
      const item = contents && contents.querySelector('li[data-part="' + part.id + '"]');
      if (!item) {
        return;
      }
      item.classList.toggle('sb-done', partDone(part));
      item.classList.toggle('sb-attempted', partAttempted(part));
      const label = item.querySelector('.sb-state .sb-visually-hidden');
      if (label) {
        setText(label, stateText(part));
      }
    });
  }

  function firstUnfinished() {
    const part = parts.find(p => p.required && !partDone(p));
    return part ? part.id : parts[0].id;
  }

  return { render, firstUnfinished };
};
