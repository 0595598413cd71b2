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

sb.behaviours.push(({ doc, course, state, say, page, tracking }) => {
  const views = sb.questionViews({ say, announce: message => page.announce(message) });
  const checks = course.checks.map(check => ({ check, box: doc.querySelector('[data-check="' + check.id + '"]') }))
    .filter(item => item.box);

  const savedOf = check => state.checks.get(check.id) || { answer: '', checked: false };
  const fieldsetOf = box => box.querySelector('[data-question]');
  const buttonOf = (box, action) => box.querySelector('[data-check-action="' + action + '"]');

  function keep(check, value) {
    if (value.answer) {
      state.checks.set(check.id, value);
    } else {
      state.checks.delete(check.id);
    }
    tracking.changed();
  }

  function render({ check, box }) {
    const { answer, checked } = savedOf(check);
    const fieldset = fieldsetOf(box);
    views.show(fieldset, check, answer, checked);
    const correct = answer === check.correct;
    fieldset.classList.toggle('sb-correct', checked && correct);
    fieldset.classList.toggle('sb-wrong', checked && !correct);
    const feedback = box.querySelector('[data-feedback-for="' + check.id + '"]');
    feedback.hidden = !checked;
    feedback.querySelector('.sb-feedback-correct').hidden = !correct;
    feedback.querySelector('.sb-feedback-wrong').hidden = correct;
    buttonOf(box, 'check').hidden = checked;
    buttonOf(box, 'retry').hidden = !checked;
  }

  function checkAnswer(item) {
    const { check, box } = item;
    const { answer } = savedOf(check);
    if (!views.complete(check, answer)) {
      page.announce(say(check.type === 'matching' ? 'checkMatchEvery' : 'checkAnswerFirst'));
      const first = views.first(fieldsetOf(box));
      if (first) {
        first.focus();
      }
      return;
    }
    keep(check, { answer, checked: true });
    render(item);
    const shown = box.querySelector(answer === check.correct ? '.sb-feedback-correct' : '.sb-feedback-wrong');
    page.announce(shown.textContent.trim());
    buttonOf(box, 'retry').focus();
  }

  function tryAgain(item) {
    const { check, box } = item;
    keep(check, { answer: savedOf(check).answer, checked: false });
    render(item);
    const first = views.first(fieldsetOf(box));
    if (first) {
      first.focus();
    }
  }

  function wire() {
    checks.forEach(item => {
      const { check, box } = item;
      const fieldset = fieldsetOf(box);
      fieldset.addEventListener('change', () => {
        if (!savedOf(check).checked) {
          keep(check, { answer: views.read(fieldset, check), checked: false });
        }
      });
      box.addEventListener('click', event => {
        const move = event.target.closest('button[data-move]');
        if (move && !savedOf(check).checked) {
          const order = views.move(fieldset, check, savedOf(check).answer, move);
          if (order) {
            keep(check, { answer: order, checked: false });
          }
          return;
        }
        const action = event.target.closest('button[data-check-action]');
        if (action) {
          (action.dataset.checkAction === 'check' ? checkAnswer : tryAgain)(item);
        }
      });
      render(item);
    });
  }

  return { wire };
});
