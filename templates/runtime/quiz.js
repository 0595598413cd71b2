// quiz.js: the quiz part: the attempt's draw, answers as the learner gives them, submission and score, feedback,
// and retaking. How each type of question shows and reads its answer is questions.js's; the draw is draw.js's.
// result: '' never submitted, 'p' passed, 'f' failed (feedback showing), 'r' retaking after a fail.
sb.kinds = Object.assign(sb.kinds || {}, {
  quiz: {
    graded: true,
    done: (part, state) => state.quiz.result === 'p',
    attempted: (part, state) => state.quiz.attempts > 0,
    score: state => (state.quiz.attempts > 0 ? state.quiz.score : null),
    lookups(data, byId) {
      const quiz = data.quiz || null;
      const questions = quiz ? quiz.questions : [];
      return { quiz, questions, questionById: byId(questions), failedStatus: data.failedQuizStatus };
    },
    saved: {
      blank: () => ({
        quiz: { attempts: 0, result: '', score: 0 },
        // The attempt's seed (0: none yet) and the questions it drew, in its order.
        draw: { seed: 0, drawn: [] },
        answers: new Map(),
      }),
      items(state, { quiz, questions }) {
        return {
          q: quiz && state.quiz.attempts > 0 ? [{ quiz: quiz.id, ...state.quiz }] : [],
          a: quiz && quiz.saveAnswers
            ? questions.filter(q => state.answers.get(q.id)).map(q => ({ question: q.id, ticked: state.answers.get(q.id) }))
            : [],
          b: quiz && state.draw.seed ? [{ quiz: quiz.id, ...state.draw }] : [],
        };
      },
      restore(state, saved, { quiz, questionById }, { keptAnswer }) {
        const q = saved.q[saved.q.length - 1];
        if (quiz && q && q.quiz === quiz.id && q.attempts > 0 && /^[pfr]$/.test(q.result)) {
          state.quiz = { attempts: Math.min(q.attempts, 99), result: q.result, score: Math.min(q.score, 100) };
        }
        saved.a.forEach(({ question: id, ticked }) => {
          const question = questionById.get(id);
          const answer = question ? keptAnswer(question, ticked) : '';
          if (answer) {
            state.answers.set(id, answer);
          }
        });
        // A draw naming a question now gone is dropped (the quiz draws again) unless the learner passed with it.
        const draw = saved.b[saved.b.length - 1];
        if (!quiz || !draw || draw.quiz !== quiz.id || !(draw.seed > 0 && draw.seed <= 9999)) {
          return;
        }
        const kept = draw.drawn.filter(id => questionById.has(id));
        if (kept.length === draw.drawn.length || state.quiz.result === 'p') {
          state.draw = { seed: draw.seed, drawn: kept };
        }
      },
      found: state => state.answers.size > 0 || state.quiz.attempts > 0,
    },
  },
});

sb.behaviours.push(({ doc, course, state, say, page, tracking, progress }) => {
  const { quiz, questionById } = course;
  // The attempt's questions in its order; asked: each as questions.js sees it (with the attempt's first order).
  let questions = [];
  const asked = new Map();
  const form = quiz ? doc.querySelector('form[data-quiz="' + quiz.id + '"]') : null;
  const resultBox = quiz ? doc.getElementById(quiz.id + '-result') : null;
  const views = sb.questionViews({ say, announce: message => page.announce(message) });
  const answeredAt = new Map();
  const firstAnsweredAt = new Map();
  let shownAt = 0;
  let retakeButton = null;

  function boxOf(question) {
    return form ? form.querySelector('[data-question="' + question.id + '"]') : null;
  }

  function firstControlOf(question) {
    const box = boxOf(question);
    return box ? views.first(box) : null;
  }

  function locked() {
    return state.quiz.result === 'p' || state.quiz.result === 'f';
  }

  function resultText() {
    const { result, score } = state.quiz;
    const words = { p: 'quizPassed', f: 'quizFailed', r: 'quizRetaking' };
    return words[result] ? say(words[result], { score, passMark: quiz.passMark }) : '';
  }

  // Display only: answers stay in the author's option ids.
  function arrange() {
    const { seed } = state.draw;
    const ids = seed && state.draw.drawn.length ? state.draw.drawn : sb.draw.questions(quiz, seed);
    questions = ids.map(id => questionById.get(id));
    asked.clear();
    const submitButton = form.querySelector('button[type="submit"]');
    form.querySelectorAll('[data-question]').forEach(box => { box.hidden = !ids.includes(box.dataset.question); });
    questions.forEach((question, i) => {
      const order = sb.draw.options(quiz, question, seed);
      asked.set(question.id, question.type === 'ordering' ? { ...question, start: order } : question);
      const box = boxOf(question);
      if (!box) {
        return;
      }
      form.insertBefore(box, submitButton);
      const number = box.querySelector('.sb-question-number');
      number.textContent = number.textContent.replace(/\d+/, i + 1);
      const selects = [...box.querySelectorAll('select')];
      [...order].forEach(id => (question.type === 'matching'
        ? selects.forEach(select => select.append(select.querySelector('[value="' + id + '"]')))
        : question.start || box.querySelector('.sb-feedback').before(box.querySelector('[value="' + id + '"]').parentNode)));
    });
  }

  // Only the drawn questions may have answers.
  function drawAgain() {
    const seed = sb.draw.newSeed(Math.random(), state.draw.seed);
    const drawn = quiz.draw || quiz.shuffleQuestions ? sb.draw.questions(quiz, seed) : [];
    state.draw = { seed, drawn };
    quiz.questions.forEach(q => drawn.length && !drawn.includes(q.id) && state.answers.delete(q.id));
    arrange();
  }

  function render() {
    if (!form) {
      return;
    }
    const isLocked = locked();
    questions.forEach(question => {
      const answer = state.answers.get(question.id) || '';
      const fieldset = boxOf(question);
      if (fieldset) {
        views.show(fieldset, asked.get(question.id), answer, isLocked);
      }
      const feedback = form.querySelector('[data-feedback-for="' + question.id + '"]');
      const correct = answer === question.correct;
      const judged = isLocked && answer !== '';
      if (fieldset) {
        fieldset.classList.toggle('sb-correct', judged && correct);
        fieldset.classList.toggle('sb-wrong', judged && !correct);
      }
      if (feedback) {
        feedback.hidden = !judged;
        feedback.querySelectorAll('.sb-feedback-correct').forEach(p => { p.hidden = !correct; });
        feedback.querySelectorAll('.sb-feedback-wrong').forEach(p => { p.hidden = correct; });
      }
    });
    const submit = form.querySelector('button[type="submit"]');
    if (submit) {
      submit.hidden = isLocked;
    }
    if (!resultBox) {
      return;
    }
    const { result } = state.quiz;
    resultBox.hidden = !result;
    resultBox.classList.toggle('sb-passed', result === 'p');
    resultBox.textContent = resultText();
    if (result === 'f') {
      resultBox.append(' ', retakeButton);
    }
  }

  function submit() {
    const unanswered = questions.filter(q => !views.complete(q, state.answers.get(q.id)));
    if (unanswered.length) {
      const message = unanswered.length === 1 ? say('quizUnansweredOne') : say('quizUnansweredMany', { count: unanswered.length });
      resultBox.hidden = false;
      resultBox.textContent = message;
      page.announce(message);
      const first = firstControlOf(unanswered[0]);
      if (first) {
        first.focus();
      }
      return;
    }
    const submittedAt = Date.now();
    const results = questions.map(question => {
      const response = state.answers.get(question.id);
      const answered = answeredAt.get(question.id) || submittedAt;
      const shown = Math.min(shownAt || answered, answered);
      const latency = (firstAnsweredAt.get(question.id) || answered) - shown;
      return { question, response, correct: response === question.correct, answered, latency };
    });
    const right = results.filter(r => r.correct).length;
    const score = Math.round((100 * right) / questions.length);
    state.quiz = { attempts: state.quiz.attempts + 1, result: score >= quiz.passMark ? 'p' : 'f', score };
    tracking.reportAttempt(results);
    render();
    progress.render();
    page.announce(resultText());
    tracking.save();
    resultBox.focus();
  }

  function answer(question, given) {
    if (given) {
      state.answers.set(question.id, given);
    } else {
      state.answers.delete(question.id);
    }
    const now = Date.now();
    answeredAt.set(question.id, now);
    if (!firstAnsweredAt.has(question.id)) {
      firstAnsweredAt.set(question.id, now);
    }
    tracking.changed();
  }

  function wire() {
    if (!form || !resultBox) {
      return;
    }
    retakeButton = doc.createElement('button');
    retakeButton.type = 'button';
    retakeButton.className = 'sb-button';
    retakeButton.textContent = say('quizTryAgain');
    retakeButton.addEventListener('click', () => {
      state.quiz.result = 'r';
      state.answers.clear();
      drawAgain();
      answeredAt.clear();
      firstAnsweredAt.clear();
      shownAt = Date.now();
      render();
      progress.render();
      tracking.changed();
      const first = questions.length ? firstControlOf(questions[0]) : null;
      if (first) {
        first.focus();
      }
    });
    form.addEventListener('change', event => {
      const question = questionById.get(event.target.name);
      if (question && !locked()) {
        answer(question, views.read(boxOf(question), question));
      }
    });
    form.addEventListener('click', event => {
      const button = event.target.closest('button[data-move]');
      const box = button && button.closest('[data-question]');
      const question = box && questionById.get(box.dataset.question);
      if (question && !locked()) {
        const order = views.move(box, asked.get(question.id) || question, state.answers.get(question.id), button);
        if (order) {
          answer(question, order);
        }
      }
    });
    form.addEventListener('submit', event => {
      event.preventDefault();
      if (!locked()) {
        submit();
      }
    });
    arrange();
    render();
  }

  // The latency of each answer counts from the quiz's first showing (or the last retake).
  // Navigation saves the new seed just after.
  function entering(id, changedPart) {
    if (quiz && id === quiz.id && changedPart && !shownAt) {
      shownAt = Date.now();
    }
    if (quiz && id === quiz.id && !state.draw.seed && !locked() && form) {
      drawAgain();
      render();
    }
  }

  return { wire, entering };
});
