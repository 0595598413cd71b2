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

// The quiz part's section, data-component="quiz". It owns the slices quiz, draw and answers.
sb.component('quiz', (root, { doc, course, store, say, page, tracking }) => {
  const { questionById } = course;
  const quiz = course.quiz && course.quiz.id === root.id ? course.quiz : null;
  // The attempt's questions in its order; asked: each as questions.js sees it (with the attempt's first order).
  let questions = [];
  const asked = new Map();
  const form = quiz ? root.querySelector('form[data-quiz="' + quiz.id + '"]') : null;
  const resultBox = quiz ? root.querySelector('[id="' + quiz.id + '-result"]') : null;
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
    const { result } = store.get('quiz');
    return result === 'p' || result === 'f';
  }

  function resultText() {
    const { result, score } = store.get('quiz');
    const words = { p: 'quizPassed', f: 'quizFailed', r: 'quizRetaking' };
    return words[result] ? say(words[result], { score, passMark: quiz.passMark }) : '';
  }

  // Display only: answers stay in the author's option ids.
  function arrange() {
    const { seed, drawn } = store.get('draw');
    const ids = seed && drawn.length ? drawn : sb.draw.questions(quiz, seed);
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
    const seed = sb.draw.newSeed(Math.random(), store.get('draw').seed);
    const drawn = quiz.draw || quiz.shuffleQuestions ? sb.draw.questions(quiz, seed) : [];
    store.update('draw', () => ({ seed, drawn }));
    if (drawn.length) {
      store.update('answers', answers => {
        quiz.questions.forEach(q => !drawn.includes(q.id) && answers.delete(q.id));
        return answers;
      });
    }
    arrange();
  }

  function render() {
    if (!form) {
      return;
    }
    const isLocked = locked();
    const answers = store.get('answers');
    questions.forEach(question => {
      const answer = answers.get(question.id) || '';
      const fieldset = boxOf(question);
      if (fieldset) {
        views.show(fieldset, asked.get(question.id), answer, isLocked);
        views.judge(fieldset, question, answer, isLocked && answer !== '');
      }
    });
    const submit = form.querySelector('button[type="submit"]');
    if (submit) {
      submit.hidden = isLocked;
    }
    if (!resultBox) {
      return;
    }
    const { result } = store.get('quiz');
    resultBox.hidden = !result;
    resultBox.classList.toggle('sb-passed', result === 'p');
    resultBox.textContent = resultText();
    if (result === 'f') {
      resultBox.append(' ', retakeButton);
    }
  }

  function submit() {
    const answers = store.get('answers');
    const unanswered = questions.filter(q => !views.complete(q, answers.get(q.id)));
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
      const response = answers.get(question.id);
      const answered = answeredAt.get(question.id) || submittedAt;
      const shown = Math.min(shownAt || answered, answered);
      const latency = (firstAnsweredAt.get(question.id) || answered) - shown;
      return { question, response, correct: response === question.correct, answered, latency };
    });
    const right = results.filter(r => r.correct).length;
    const score = Math.round((100 * right) / questions.length);
    store.update('quiz', ({ attempts }) => ({ attempts: attempts + 1, result: score >= quiz.passMark ? 'p' : 'f', score }));
    tracking.reportAttempt(results);
    render();
    page.announce(resultText());
    store.save();
    resultBox.focus();
  }

  function answer(question, given) {
    store.update('answers', answers => {
      if (given) {
        answers.set(question.id, given);
      } else {
        answers.delete(question.id);
      }
      return answers;
    });
    const now = Date.now();
    answeredAt.set(question.id, now);
    if (!firstAnsweredAt.has(question.id)) {
      firstAnsweredAt.set(question.id, now);
    }
  }

  function retake() {
    store.update('quiz', attempt => ({ ...attempt, result: 'r' }));
    store.update('answers', answers => {
      answers.clear();
      return answers;
    });
    drawAgain();
    answeredAt.clear();
    firstAnsweredAt.clear();
    shownAt = Date.now();
    render();
    const first = questions.length ? firstControlOf(questions[0]) : null;
    if (first) {
      first.focus();
    }
  }

  if (!form || !resultBox) {
    return {};
  }
  retakeButton = doc.createElement('button');
  retakeButton.type = 'button';
  retakeButton.className = 'sb-button';
  retakeButton.textContent = say('quizTryAgain');
  retakeButton.addEventListener('click', retake);
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
      const order = views.move(box, asked.get(question.id) || question, store.get('answers').get(question.id), button);
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

  // The latency of each answer counts from the quiz's first showing (or the last retake).
  // Navigation saves the new seed just after.
  function entering(id, changedPart) {
    if (id !== quiz.id) {
      return;
    }
    if (changedPart && !shownAt) {
      shownAt = Date.now();
    }
    if (!store.get('draw').seed && !locked()) {
      drawAgain();
      render();
    }
  }

  return { entering };
});
