// store.js: the one way the learner's state changes. The state is made of slices, its top-level keys (each
// kind's module names its own in sb.kinds[kind].saved.blank); a component owns its kind's slices and changes
// them only through update(slice, fn), where fn gets the slice and returns its new value. Every update
// refreshes this browser's copy and the progress bar; the LMS hears only at a save point: an update with
// { save: true }, or save() (a part visited, an attempt submitted or ended, the page hidden).
sb.store = ({ state, completion, tracking, progress, page, say, time }) => {
  // Done before this page opened: never announced again.
  let doneBefore = completion.isDone();
  const onDone = [];

  function save() {
    const justDone = !doneBefore && completion.isDone();
    if (justDone) {
      doneBefore = true;
      state.completed = state.completed || time.dateStamp(new Date());
    }
    progress.render();
    tracking.save();
    if (justDone) {
      page.announce(say('courseCompleted'));
      onDone.forEach(listener => listener());
    }
  }

  function update(slice, fn, options) {
    if (!Object.prototype.hasOwnProperty.call(state, slice)) {
      throw new Error('The state has no slice "' + slice + '".');
    }
    const next = fn(state[slice]);
    if (next === undefined) {
      throw new Error('The update of "' + slice + '" gave nothing: return the slice\'s new value.');
    }
    state[slice] = next;
    if (options && options.save) {
      save();
      return;
    }
    tracking.changed();
    progress.render();
  }

  return {
    // To read: the rules of each kind take the whole state.
    state,
    get: slice => state[slice],
    update,
    save,
    // What this browser keeps beside the state (the learner's name, where the copy lives) changed: says whether
    // the copy was kept.
    keepCopy: () => tracking.changed(),
    isDone: () => completion.isDone(),
    // Called once, when the course becomes done in this page.
    whenDone: listener => onDone.push(listener),
  };
};
