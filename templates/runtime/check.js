// check.js: knowledge checks, one question inside a session, page or case study, answered for feedback only:
// never scored, never sent to the LMS as an interaction, never part of the status. The answer and whether it
// was checked are saved ('k' in saved-state.json). How each type of question shows and reads its answer is
// questions.js's.
sb.kinds = Object.assign(sb.kinds || {}, {
  check: {
    lookups: (data, byId) => ({ checks: data.checks || [], checkById: byId(data.checks || []) }),
    saved: {
      // Per check answered: the answer, and whether it was checked (its feedback showing).
      blank: () => ({ checks: new Map() }),
      items: (state, { checks }) => ({
        k: checks.filter(c => state.checks.has(c.id))
          .map(c => ({ check: c.id, shown: state.checks.get(c.id).checked ? 'c' : 'a', answer: state.checks.get(c.id).answer })),
      }),
      restore(state, saved, { checkById }, { keptAnswer }) {
        saved.k.forEach(({ check: id, shown, answer }) => {
          const check = checkById.get(id);
          const kept = check ? keptAnswer(check, answer) : '';
          if (kept) {
            // An answer the rebuilt check changed is the learner's to check again.
            state.checks.set(id, { answer: kept, checked: shown === 'c' && kept === answer });
          }
        });
      },
      found: state => state.checks.size > 0,
    },
  },
});

// Each check's box, data-component="check". The checks own the slice checks.
sb.component('check', (root, { course, store, say, page }) => {
  const check = course.checkById.get(root.dataset.check);
  const fieldset = root.querySelector('[data-question]');
  if (!check || !fieldset) {
    return {};
  }
  const views = sb.questionViews({ say, announce: message => page.announce(message) });
  const saved = () => store.get('checks').get(check.id) || { answer: '', checked: false };
  const buttonOf = action => root.querySelector('[data-check-action="' + action + '"]');

  function keep(value) {
    store.update('checks', checks => {
      if (value.answer) {
        checks.set(check.id, value);
      } else {
        checks.delete(check.id);
      }
      return checks;
    });
  }

  function render() {
    const { answer, checked } = saved();
    views.show(fieldset, check, answer, checked);
    views.judge(fieldset, check, answer, checked);
    buttonOf('check').hidden = checked;
    buttonOf('retry').hidden = !checked;
  }

  function checkAnswer() {
    const { answer } = saved();
    if (!views.complete(check, answer)) {
      page.announce(say(check.type === 'matching' ? 'checkMatchEvery' : 'checkAnswerFirst'));
      const first = views.first(fieldset);
      if (first) {
        first.focus();
      }
      return;
    }
    keep({ answer, checked: true });
    render();
    const shown = root.querySelector(answer === check.correct ? '.sb-feedback-correct' : '.sb-feedback-wrong');
    page.announce(shown.textContent.trim());
    buttonOf('retry').focus();
  }

  function tryAgain() {
    keep({ answer: saved().answer, checked: false });
    render();
    const first = views.first(fieldset);
    if (first) {
      first.focus();
    }
  }

  fieldset.addEventListener('change', () => {
    if (!saved().checked) {
      keep({ answer: views.read(fieldset, check), checked: false });
    }
  });
  root.addEventListener('click', event => {
    const move = event.target.closest('button[data-move]');
    if (move && !saved().checked) {
      const order = views.move(fieldset, check, saved().answer, move);
      if (order) {
        keep({ answer: order, checked: false });
      }
      return;
    }
    const action = event.target.closest('button[data-check-action]');
    if (action) {
      (action.dataset.checkAction === 'check' ? checkAnswer : tryAgain)();
    }
  });
  render();
  return {};
});
