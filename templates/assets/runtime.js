// ScormBuilder learner runtime: the whole course is one SCORM 1.2 SCO in this one page. It navigates between
// parts without unloading, reports status, score and interactions, and keeps progress safe when the LMS is
// missing, failing, or hands back state from an older build. README.md ("Learner runtime") documents it.
// The suspend_data encoder below has a twin: Validation/SuspendDataBudget.cs computes its worst case, so a
// change to one must change the other.
(() => {
  'use strict';

  const FORMAT = 'sb1';
  const SUSPEND_LIMIT = 4096;
  const MAX_ATTEMPTS = 99;
  const RETRY_FIRST_MS = 250;
  const RETRY_LONGEST_MS = 30000;
  const FAILURES_BEFORE_WARNING = 3;
  // The LMS refused the element or the value itself: sending it again can never succeed.
  const PERMANENT_ERRORS = new Set(['201', '401', '402', '403', '404', '405']);
  const DONE = new Set(['passed', 'completed']);

  const dataScript = document.getElementById('sb-course');
  if (!dataScript) {
    return;
  }

  const course = JSON.parse(dataScript.textContent);
  const parts = course.parts;
  const quiz = course.quiz || null;
  const questions = quiz ? quiz.questions : [];
  const reflection = course.reflection || null;
  const prompts = reflection ? reflection.prompts : [];
  const actionCount = reflection ? reflection.actions : 0;
  const byId = list => new Map(list.map(item => [item.id, item]));
  const partById = byId(parts);
  const questionById = byId(questions);
  const promptById = byId(prompts);
  const quizPart = quiz ? partById.get(quiz.id) : null;

  const state = {
    location: '',
    visited: new Set(),
    // result: '' never submitted, 'p' passed, 'f' failed (feedback showing), 'r' retaking after a fail.
    quiz: { attempts: 0, result: '', score: 0 },
    answers: new Map(),
    texts: new Map(),
    plan: Array.from({ length: actionCount }, () => ({ text: '', date: '' })),
    // The day the course was first passed or completed (YYYYMMDD), for the CPD record.
    completed: '',
  };

  const $ = id => document.getElementById(id);

  // ---- Saved state: a compact string keyed by the course's stable ids ----

  function clip(text, max) {
    if (text.length <= max) {
      return text;
    }
    const last = text.charCodeAt(max - 1);
    // Never keep half of a surrogate pair: the LMS could not store the broken character.
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
  }

  function encode() {
    const sections = [FORMAT];
    const add = (tag, items) => {
      if (items.length) {
        sections.push(tag + ':' + items.join(','));
      }
    };
    const counted = text => text.length + ':' + text;
    add('v', parts.filter(p => state.visited.has(p.id)).map(p => p.id));
    if (quiz && state.quiz.attempts > 0) {
      add('q', [quiz.id + '=' + Math.min(state.quiz.attempts, MAX_ATTEMPTS) + '.' + state.quiz.result + state.quiz.score]);
    }
    if (quiz && quiz.saveAnswers) {
      add('a', questions.filter(q => state.answers.get(q.id)).map(q => q.id + '=' + state.answers.get(q.id)));
    }
    add('r', prompts.filter(p => state.texts.get(p.id)).map(p => p.id + '=' + counted(state.texts.get(p.id))));
    add('p', state.plan.map((a, i) => (a.text || a.date ? i + '=' + a.date + '/' + counted(a.text) : '')).filter(Boolean));
    add('d', state.completed ? [state.completed] : []);
    return sections.join(';');
  }

  // Reads what it can and stops at the first damage: part of the progress beats none of it.
  function decode(text) {
    if (typeof text !== 'string' || !(text === FORMAT || text.startsWith(FORMAT + ';'))) {
      return null;
    }
    const saved = { visited: [], quiz: null, answers: [], texts: [], plan: [], completed: '' };
    let at = FORMAT.length;
    const damaged = () => { throw new SyntaxError('Saved progress is damaged at character ' + at + '.'); };
    const take = pattern => {
      const start = at;
      while (at < text.length && pattern.test(text[at])) {
        at++;
      }
      return text.slice(start, at);
    };
    const expect = c => {
      if (text[at] !== c) {
        damaged();
      }
      at++;
    };
    const number = () => {
      const digits = take(/\d/);
      if (!digits || digits.length > 5) {
        damaged();
      }
      return Number(digits);
    };
    const id = () => take(/[\w-]/);
    const counted = () => {
      const length = number();
      expect(':');
      if (at + length > text.length) {
        damaged();
      }
      at += length;
      return text.slice(at - length, at);
    };
    const readers = {
      v: () => saved.visited.push(id()),
      q: () => {
        const quizId = id();
        expect('=');
        const attempts = number();
        expect('.');
        const result = text.charAt(at++);
        saved.quiz = { id: quizId, attempts, result, score: number() };
      },
      a: () => {
        const question = id();
        expect('=');
        saved.answers.push([question, take(/[0-9a-z]/)]);
      },
      r: () => {
        const prompt = id();
        expect('=');
        saved.texts.push([prompt, counted()]);
      },
      p: () => {
        const index = number();
        expect('=');
        const date = take(/\d/);
        expect('/');
        saved.plan.push([index, date, counted()]);
      },
      d: () => {
        saved.completed = take(/\d/);
      },
    };
    try {
      while (at < text.length) {
        expect(';');
        const read = Object.prototype.hasOwnProperty.call(readers, text[at]) ? readers[text[at]] : damaged();
        at++;
        expect(':');
        read();
        while (text[at] === ',') {
          at++;
          read();
        }
      }
    } catch (e) {
      // Keep what was read before the damage.
    }
    return saved;
  }

  // A rebuilt course may have added, removed or reordered anything: keep what this build still knows.
  function restore(saved) {
    if (!saved) {
      return false;
    }
    saved.visited.forEach(id => partById.has(id) && state.visited.add(id));
    const q = saved.quiz;
    if (quiz && q && q.id === quiz.id && q.attempts > 0 && /^[pfr]$/.test(q.result)) {
      state.quiz = { attempts: q.attempts, result: q.result, score: Math.min(q.score, 100) };
    }
    saved.answers.forEach(([id, letters]) => {
      const question = questionById.get(id);
      if (!question) {
        return;
      }
      const kept = [...question.options].filter(o => letters.includes(o)).join('');
      const answer = question.type === 'multiple-response' ? kept : kept.slice(0, 1);
      if (answer) {
        state.answers.set(id, answer);
      }
    });
    saved.texts.forEach(([id, text]) => {
      const prompt = promptById.get(id);
      if (prompt && text) {
        state.texts.set(id, clip(text, prompt.maxLength));
      }
    });
    saved.plan.forEach(([index, date, text]) => {
      if (index < actionCount) {
        state.plan[index] = { text: clip(text, reflection.actionMaxLength), date: date.length === 8 ? date : '' };
      }
    });
    if (saved.completed.length === 8) {
      state.completed = saved.completed;
    }
    return state.visited.size > 0 || state.answers.size > 0 || state.texts.size > 0 || state.quiz.attempts > 0;
  }

  // ---- Where progress goes: the LMS, and a copy in this browser ----

  function localCopy(key) {
    return {
      read() {
        if (!key) {
          return null;
        }
        try {
          const raw = window.localStorage.getItem(key);
          return raw ? JSON.parse(raw) : null;
        } catch (e) {
          return null;
        }
      },
      write(record) {
        if (!key) {
          return false;
        }
        try {
          window.localStorage.setItem(key, JSON.stringify(record));
          return true;
        } catch (e) {
          return false;
        }
      },
      clear() {
        try {
          window.localStorage.removeItem(key);
        } catch (e) {
          // Nothing stored, nothing to clear.
        }
      },
    };
  }

  function findApi() {
    const search = start => {
      let win = start;
      for (let hops = 0; win && hops <= 7; hops++) {
        try {
          if (win.API && typeof win.API.LMSInitialize === 'function') {
            return win.API;
          }
        } catch (e) {
          // A window from another origin: keep climbing.
        }
        if (!win.parent || win.parent === win) {
          break;
        }
        win = win.parent;
      }
      return null;
    };
    const openerOf = win => {
      try {
        return win.opener || null;
      } catch (e) {
        return null;
      }
    };
    return search(window) || search(openerOf(window)) || search(openerOf(window.top));
  }

  // One LMS session. Writes queue in order and go out together; what the LMS refuses stays queued and is
  // retried with backoff, so nothing is lost while the LMS is failing.
  function lmsSession(api, events) {
    const pending = new Map();
    const accepted = new Map();
    const committed = new Map();
    let commitWanted = false;
    let failures = 0;
    let retryTimer = 0;
    let finished = false;

    const call = (name, ...args) => {
      try {
        return String(api[name](...args));
      } catch (e) {
        return null;
      }
    };
    const lastError = () => call('LMSGetLastError') || '';
    // Some LMSs answer '' or a number rather than '0': only a positive code is an error.
    const readFailed = value => value === null || Number(lastError()) > 0;

    function fail() {
      failures++;
      events.failed(failures);
      const delay = Math.min(RETRY_FIRST_MS * 2 ** (failures - 1), RETRY_LONGEST_MS);
      retryTimer = setTimeout(() => {
        retryTimer = 0;
        events.retrying();
        flush();
      }, delay);
      return false;
    }

    function flush() {
      if (finished || retryTimer) {
        return false;
      }
      for (const [element, value] of pending) {
        const result = call('LMSSetValue', element, value);
        if (result === 'true') {
          accepted.set(element, value);
        } else if (result === null || !PERMANENT_ERRORS.has(lastError())) {
          return fail();
        }
        pending.delete(element);
      }
      if (commitWanted) {
        if (call('LMSCommit', '') !== 'true') {
          return fail();
        }
        commitWanted = false;
        accepted.forEach((value, element) => committed.set(element, value));
      }
      if (failures) {
        failures = 0;
        events.recovered();
      }
      events.saved();
      return true;
    }

    return {
      start: () => call('LMSInitialize', '') === 'true',
      // Reads an element; remembers the LMS's value so that writing the same value again sends nothing.
      read(element) {
        const value = call('LMSGetValue', element);
        if (readFailed(value)) {
          return '';
        }
        accepted.set(element, value);
        committed.set(element, value);
        return value;
      },
      readOnce(element) {
        const value = call('LMSGetValue', element);
        return readFailed(value) ? '' : value;
      },
      write(element, value) {
        if (!pending.has(element) && accepted.get(element) === value) {
          return;
        }
        pending.delete(element);
        pending.set(element, value);
      },
      hasUnsent: () => pending.size > 0 || commitWanted,
      committed: element => committed.get(element),
      commit() {
        commitWanted = true;
        flush();
      },
      finish() {
        if (finished) {
          return;
        }
        clearTimeout(retryTimer);
        retryTimer = 0;
        commitWanted = true;
        flush();
        clearTimeout(retryTimer);
        retryTimer = 0;
        finished = true;
        if (call('LMSFinish', '') === 'true') {
          // LMSFinish stores everything the LMS accepted, even when the commit before it failed.
          accepted.forEach((value, element) => committed.set(element, value));
        }
      },
    };
  }

  // ---- Tracking: what the LMS is told, and when ----

  const startedAt = Date.now();
  let lms = null;
  let local = null;
  let launchStatus = '';
  let interactions = null;
  let ended = false;
  let announcedDone = false;

  function courseStatus() {
    const visitedAll = parts.every(p => !p.required || state.visited.has(p.id));
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

  // Never take back a completion the LMS already holds from an earlier session.
  function reportedStatus() {
    const status = courseStatus();
    if (launchStatus === 'passed' || (launchStatus === 'completed' && status !== 'passed')) {
      return launchStatus;
    }
    return status;
  }

  function pad(n, width) {
    return String(n).padStart(width, '0');
  }

  function timespan(ms) {
    const cs = Math.max(0, Math.floor(ms / 10));
    return pad(Math.min(Math.floor(cs / 360000), 9999), 4) + ':' + pad(Math.floor(cs / 6000) % 60, 2) + ':' +
      pad(Math.floor(cs / 100) % 60, 2) + '.' + pad(cs % 100, 2);
  }

  function dateStamp(at) {
    return at.getFullYear() + pad(at.getMonth() + 1, 2) + pad(at.getDate(), 2);
  }

  function clockTime(ms) {
    const at = new Date(ms);
    return pad(at.getHours(), 2) + ':' + pad(at.getMinutes(), 2) + ':' + pad(at.getSeconds(), 2);
  }

  function keepLocalCopy() {
    if (!local) {
      return;
    }
    const data = encode();
    if (!lms) {
      local.write({ data, loc: state.location });
      return;
    }
    const base = lms.committed('cmi.suspend_data');
    if (data === base && state.location === lms.committed('cmi.core.lesson_location')) {
      local.clear();
    } else {
      // base: what the LMS holds. A later launch trusts this copy only if the LMS still holds exactly that.
      local.write({ base, data, loc: state.location });
    }
  }

  function queueState() {
    const data = encode();
    if (data.length <= SUSPEND_LIMIT) {
      lms.write('cmi.suspend_data', data);
    }
    lms.write('cmi.core.lesson_location', state.location);
    const status = reportedStatus();
    lms.write('cmi.core.lesson_status', status);
    lms.write('cmi.core.exit', DONE.has(status) ? '' : 'suspend');
  }

  // Called after every change the learner makes. Only the local copy is written: the LMS hears at the next
  // save point, so typing never turns into a storm of LMS calls.
  function changed() {
    keepLocalCopy();
  }

  // Save points: a part visited, a quiz submitted, the page hidden. One commit each, and none when nothing
  // changed.
  function save() {
    const justDone = !announcedDone && DONE.has(courseStatus());
    if (justDone) {
      announcedDone = true;
      state.completed = state.completed || dateStamp(new Date());
    }
    keepLocalCopy();
    if (lms && !ended) {
      queueState();
      if (lms.hasUnsent()) {
        lms.commit();
      }
    }
    if (justDone) {
      announce('You have completed this course. Your progress is saved.');
    }
  }

  function end() {
    if (ended) {
      return;
    }
    if (lms) {
      queueState();
      lms.write('cmi.core.session_time', timespan(Date.now() - startedAt));
      lms.finish();
    }
    ended = true;
    keepLocalCopy();
  }

  function recordQuiz(results, submittedAt) {
    if (!lms) {
      return;
    }
    if (interactions) {
      results.forEach(r => {
        const n = interactions.next++;
        const put = (field, value, element) => {
          if (interactions.fields.has(field)) {
            lms.write('cmi.interactions.' + n + '.' + (element || field), value);
          }
        };
        const scorm = r.question.type === 'true-false' ? 'true-false' : 'choice';
        const format = letters => (scorm === 'choice' ? [...letters].join(',') : letters);
        const answered = answeredAt.get(r.question.id) || submittedAt;
        const shown = Math.min(quizShownAt || answered, answered);
        put('id', r.question.id);
        put('type', scorm);
        put('weighting', '1');
        put('student_response', format(r.response));
        put('correct_responses', format(r.question.correct), 'correct_responses.0.pattern');
        put('result', r.correct ? 'correct' : 'wrong');
        put('time', clockTime(answered));
        put('latency', timespan((firstAnsweredAt.get(r.question.id) || answered) - shown));
      });
    }
    // Score before status: an LMS may judge pass or fail from the score as soon as it sees the status.
    lms.write('cmi.core.score.raw', String(state.quiz.score));
    lms.write('cmi.core.score.min', '0');
    lms.write('cmi.core.score.max', '100');
  }

  // ---- The page ----

  const sections = new Map(parts.map(p => [p.id, $(p.id)]));
  const contents = $('sb-contents');
  const menuButton = $('sb-menu-button');
  const previousButton = $('sb-previous');
  const nextButton = $('sb-next');
  const live = $('sb-live');
  const alertBox = $('sb-alert');
  const notice = $('sb-notice');

  let announcing = false;

  // Messages from one learner action are read as one: a second would replace the first before it was heard.
  function announce(text) {
    if (!live) {
      return;
    }
    live.textContent = announcing ? live.textContent + ' ' + text : text;
    if (!announcing) {
      announcing = true;
      setTimeout(() => { announcing = false; }, 0);
    }
  }

  function showNotice(text) {
    if (notice) {
      notice.textContent = text;
      notice.hidden = false;
    }
  }

  function isDone(part) {
    return quiz && part.id === quiz.id ? state.quiz.result === 'p' : state.visited.has(part.id);
  }

  function partStateText(part) {
    if (isDone(part)) {
      return 'Done: ';
    }
    if (quiz && part.id === quiz.id && state.quiz.attempts > 0) {
      return 'Not passed yet: ';
    }
    return state.visited.has(part.id) ? 'Started: ' : 'Not started: ';
  }

  function renderProgress() {
    const required = parts.filter(p => p.required);
    const done = required.filter(isDone).length;
    const bar = $('sb-progress-bar');
    if (bar) {
      bar.max = required.length;
      bar.value = done;
    }
    const text = $('sb-progress-text');
    if (text) {
      text.textContent = done + ' of ' + required.length + ' parts done';
    }
    parts.forEach(part => {
      const item = contents && contents.querySelector('li[data-part="' + part.id + '"]');
      if (!item) {
        return;
      }
      item.classList.toggle('sb-done', isDone(part));
      item.classList.toggle('sb-attempted', !isDone(part) && quiz !== null && part.id === quiz.id && state.quiz.attempts > 0);
      const label = item.querySelector('.sb-state .sb-visually-hidden');
      if (label) {
        label.textContent = partStateText(part);
      }
    });
  }

  function go(id, target, initial) {
    const part = partById.get(id);
    if (!part) {
      return;
    }
    const changedPart = id !== state.location;
    state.location = id;
    sections.forEach((section, partId) => {
      if (section) {
        section.hidden = partId !== id;
        if (partId !== id) {
          section.querySelectorAll('video, audio').forEach(media => media.pause());
        }
      }
    });
    if (contents) {
      contents.querySelectorAll('a[aria-current]').forEach(a => a.removeAttribute('aria-current'));
      const link = contents.querySelector('li[data-part="' + id + '"] a');
      if (link) {
        link.setAttribute('aria-current', 'page');
      }
    }
    const index = parts.indexOf(part);
    if (previousButton) {
      previousButton.disabled = index === 0;
    }
    if (nextButton) {
      nextButton.disabled = index === parts.length - 1;
    }
    if (quiz && id === quiz.id && changedPart && !quizShownAt) {
      quizShownAt = Date.now();
    }
    state.visited.add(id);
    renderProgress();
    save();
    if (recordPart && id === recordPart.id) {
      renderRecord();
    }
    if (initial) {
      return;
    }
    if (target) {
      if (!target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus();
      target.scrollIntoView();
    } else {
      window.scrollTo(0, 0);
      const heading = sections.get(id) && sections.get(id).querySelector('h1');
      if (heading) {
        heading.focus({ preventScroll: true });
      }
    }
  }

  function setMenuOpen(open) {
    if (!contents || !menuButton) {
      return;
    }
    contents.classList.toggle('sb-collapsed', !open);
    menuButton.setAttribute('aria-expanded', String(open));
  }

  function wireNavigation() {
    document.addEventListener('click', event => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      const target = document.getElementById(link.getAttribute('href').slice(1));
      const section = target && target.closest('.sb-part');
      if (!section || !partById.has(section.id)) {
        return;
      }
      event.preventDefault();
      go(section.id, target === section ? null : target, false);
      if (link.closest('#sb-contents')) {
        setMenuOpen(false);
      }
    });
    const step = delta => () => {
      const next = parts[parts.indexOf(partById.get(state.location)) + delta];
      if (next) {
        go(next.id, null, false);
      }
    };
    if (previousButton) {
      previousButton.addEventListener('click', step(-1));
    }
    if (nextButton) {
      nextButton.addEventListener('click', step(1));
    }
    if (menuButton) {
      menuButton.addEventListener('click', () => setMenuOpen(menuButton.getAttribute('aria-expanded') !== 'true'));
      setMenuOpen(false);
    }
  }

  // ---- The quiz ----

  const quizForm = quiz ? document.querySelector('form[data-quiz="' + quiz.id + '"]') : null;
  const resultBox = quiz ? $(quiz.id + '-result') : null;
  const answeredAt = new Map();
  const firstAnsweredAt = new Map();
  let quizShownAt = 0;
  let retakeButton = null;

  function inputsOf(question) {
    return quizForm ? [...quizForm.querySelectorAll('input[name="' + question.id + '"]')] : [];
  }

  function quizLocked() {
    return state.quiz.result === 'p' || state.quiz.result === 'f';
  }

  function renderQuiz() {
    if (!quizForm) {
      return;
    }
    const locked = quizLocked();
    questions.forEach(question => {
      const answer = state.answers.get(question.id) || '';
      inputsOf(question).forEach(input => {
        input.checked = answer.includes(input.value);
        input.disabled = locked;
      });
      const fieldset = quizForm.querySelector('[data-question="' + question.id + '"]');
      const feedback = quizForm.querySelector('[data-feedback-for="' + question.id + '"]');
      const correct = answer === question.correct;
      const judged = locked && answer !== '';
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
    const submit = quizForm.querySelector('button[type="submit"]');
    if (submit) {
      submit.hidden = locked;
    }
    if (!resultBox) {
      return;
    }
    const { result } = state.quiz;
    resultBox.hidden = !result;
    resultBox.classList.toggle('sb-passed', result === 'p');
    resultBox.textContent = quizResultText();
    if (result === 'f') {
      resultBox.append(' ', retakeButton);
    }
  }

  function quizResultText() {
    const { result, score } = state.quiz;
    const lines = {
      p: 'You scored ' + score + '%. You passed the quiz.',
      f: 'You scored ' + score + '%. You need ' + quiz.passMark + '% to pass. Read the feedback on each question, then try again.',
      r: 'Your last score was ' + score + '%. Answer the questions again, then submit.',
    };
    return lines[result] || '';
  }

  function submitQuiz() {
    const unanswered = questions.filter(q => !state.answers.get(q.id));
    if (unanswered.length) {
      const message = unanswered.length === 1
        ? 'Answer every question before you submit: 1 question has no answer yet.'
        : 'Answer every question before you submit: ' + unanswered.length + ' questions have no answer yet.';
      resultBox.hidden = false;
      resultBox.textContent = message;
      announce(message);
      const first = inputsOf(unanswered[0])[0];
      if (first) {
        first.focus();
      }
      return;
    }
    const submittedAt = Date.now();
    const results = questions.map(question => {
      const response = state.answers.get(question.id);
      return { question, response, correct: response === question.correct };
    });
    const right = results.filter(r => r.correct).length;
    const score = Math.round((100 * right) / questions.length);
    state.quiz = { attempts: state.quiz.attempts + 1, result: score >= quiz.passMark ? 'p' : 'f', score };
    recordQuiz(results, submittedAt);
    renderQuiz();
    renderProgress();
    announce(quizResultText());
    save();
    resultBox.focus();
  }

  function wireQuiz() {
    if (!quizForm || !resultBox) {
      return;
    }
    retakeButton = document.createElement('button');
    retakeButton.type = 'button';
    retakeButton.className = 'sb-button';
    retakeButton.textContent = 'Try again';
    retakeButton.addEventListener('click', () => {
      state.quiz.result = 'r';
      state.answers.clear();
      answeredAt.clear();
      firstAnsweredAt.clear();
      quizShownAt = Date.now();
      renderQuiz();
      renderProgress();
      changed();
      const first = questions.length ? inputsOf(questions[0])[0] : null;
      if (first) {
        first.focus();
      }
    });
    quizForm.addEventListener('change', event => {
      const question = questionById.get(event.target.name);
      if (!question || quizLocked()) {
        return;
      }
      const checked = inputsOf(question).filter(input => input.checked).map(input => input.value);
      const answer = [...question.options].filter(o => checked.includes(o)).join('');
      if (answer) {
        state.answers.set(question.id, answer);
      } else {
        state.answers.delete(question.id);
      }
      const now = Date.now();
      answeredAt.set(question.id, now);
      if (!firstAnsweredAt.has(question.id)) {
        firstAnsweredAt.set(question.id, now);
      }
      changed();
    });
    quizForm.addEventListener('submit', event => {
      event.preventDefault();
      if (!quizLocked()) {
        submitQuiz();
      }
    });
    renderQuiz();
  }

  // ---- The reflection and action plan ----

  function wireReflection() {
    const form = reflection ? document.querySelector('form[data-reflection="' + reflection.id + '"]') : null;
    if (!form) {
      return;
    }
    form.addEventListener('submit', event => event.preventDefault());
    const counter = (field, max) => {
      const count = field.id ? $(field.id + '-count') : null;
      if (count) {
        count.textContent = field.value.length + ' of ' + max + ' characters used.';
      }
    };
    form.querySelectorAll('textarea[data-prompt]').forEach(field => {
      const prompt = promptById.get(field.dataset.prompt);
      if (!prompt) {
        return;
      }
      field.value = state.texts.get(prompt.id) || '';
      counter(field, prompt.maxLength);
      field.addEventListener('input', () => {
        const text = clip(field.value, prompt.maxLength);
        if (text !== field.value) {
          field.value = text;
        }
        if (text) {
          state.texts.set(prompt.id, text);
        } else {
          state.texts.delete(prompt.id);
        }
        counter(field, prompt.maxLength);
        changed();
      });
    });
    form.querySelectorAll('input[data-action]').forEach(field => {
      const action = state.plan[Number(field.dataset.action)];
      if (!action) {
        return;
      }
      field.value = action.text;
      field.addEventListener('input', () => {
        const text = clip(field.value, reflection.actionMaxLength);
        if (text !== field.value) {
          field.value = text;
        }
        action.text = text;
        changed();
      });
    });
    form.querySelectorAll('input[data-action-date]').forEach(field => {
      const action = state.plan[Number(field.dataset.actionDate)];
      if (!action) {
        return;
      }
      field.value = action.date ? action.date.slice(0, 4) + '-' + action.date.slice(4, 6) + '-' + action.date.slice(6) : '';
      const update = () => {
        action.date = /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? field.value.replace(/-/g, '') : '';
        changed();
      };
      field.addEventListener('input', update);
      field.addEventListener('change', update);
    });
  }

  // ---- The CPD record: the learner's evidence, to print or keep as one file ----

  const recordPart = parts.find(p => p.kind === 'cpd-record') || null;
  const record = recordPart ? sections.get(recordPart.id) : null;
  const recordDocument = record ? record.querySelector('.sb-cpd-document') : null;
  // What the LMS says earlier sessions took (cmi.core.total_time); this session's clock adds the rest.
  let earlierSessionsMs = 0;
  let recordUrl = '';

  function longDate(stamp) {
    const at = new Date(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8)));
    return at.toLocaleDateString(document.documentElement.lang || undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function timeSpent(ms) {
    const minutes = Math.round(ms / 60000);
    const count = (n, unit) => (n ? n + ' ' + unit + (n === 1 ? '' : 's') : '');
    return minutes < 1 ? 'Less than a minute' : [count(Math.floor(minutes / 60), 'hour'), count(minutes % 60, 'minute')].filter(Boolean).join(' ');
  }

  function msFrom(cmiTime) {
    const match = /^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$/.exec(cmiTime);
    return match ? ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000 : 0;
  }

  // The learner's words go in as text, never as markup, here and in the file made from this.
  function fill(element, text, missing) {
    element.textContent = text || missing;
    element.classList.toggle('sb-cpd-missing', !text);
  }

  function renderRecord() {
    if (!recordDocument) {
      return;
    }
    const slot = name => recordDocument.querySelector('[data-cpd="' + name + '"]');
    const each = (attribute, fillOne) => recordDocument.querySelectorAll('[' + attribute + ']').forEach(fillOne);
    const completed = state.completed ? longDate(state.completed) : DONE.has(courseStatus()) ? 'Completed (date not recorded)' : '';
    const spent = slot('time');
    const score = slot('score');
    fill(slot('completed'), completed, 'Not completed yet');
    if (spent) {
      fill(spent, timeSpent(earlierSessionsMs + Date.now() - startedAt), '');
    }
    if (score) {
      const { attempts, result } = state.quiz;
      fill(score, attempts ? state.quiz.score + '% (' + (result === 'p' ? 'passed' : 'not passed yet') + ')' : '', 'Not taken yet');
    }
    each('data-cpd-answer', dd => fill(dd, state.texts.get(dd.dataset.cpdAnswer), 'No answer written.'));
    each('data-cpd-action', span => fill(span, (state.plan[Number(span.dataset.cpdAction)] || {}).text, 'No action written.'));
    each('data-cpd-action-date', span => {
      const date = (state.plan[Number(span.dataset.cpdActionDate)] || {}).date;
      fill(span, date ? longDate(date) : '', 'no date set');
    });
  }

  // The record's rules from course.css, so the file looks like the page. A stylesheet the browser will not let
  // us read (a package opened from disk) leaves the file plainer, but complete and readable.
  function recordStyles() {
    const rules = [];
    [...document.styleSheets].forEach(sheet => {
      try {
        [...sheet.cssRules].forEach(rule => {
          if (/sb-cpd/.test(rule.cssText) || /^(:root|body|\*.*)$/.test(rule.selectorText || '')) {
            rules.push(rule.cssText);
          }
        });
      } catch (e) {
        // Not readable here: the file goes without it.
      }
    });
    return rules.length ? rules.join('\n') : 'body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; font: 1rem/1.6 system-ui, sans-serif; } dt { font-weight: 600; }';
  }

  // One self-contained HTML file: the record and its styles, no scripts, nothing fetched.
  function recordFile() {
    renderRecord();
    const title = recordDocument.querySelector('h2');
    const file = document.implementation.createHTMLDocument(title ? title.textContent : document.title);
    file.documentElement.lang = document.documentElement.lang;
    const charset = file.createElement('meta');
    charset.setAttribute('charset', 'utf-8');
    file.head.prepend(charset);
    const style = file.createElement('style');
    style.textContent = recordStyles();
    file.head.append(style);
    const copy = file.importNode(recordDocument, true);
    // Alone in its file, the record's headings move up a level.
    copy.querySelectorAll('h2, h3').forEach(old => {
      const heading = file.createElement('h' + (Number(old.tagName[1]) - 1));
      [...old.attributes].forEach(a => heading.setAttribute(a.name, a.value));
      heading.append(...old.childNodes);
      old.replaceWith(heading);
    });
    file.body.append(copy);
    return '<!DOCTYPE html>\n' + file.documentElement.outerHTML + '\n';
  }

  function wireRecord() {
    if (!recordDocument) {
      return;
    }
    const tools = record.querySelector('.sb-cpd-tools');
    const printButton = record.querySelector('[data-cpd-print]');
    const download = record.querySelector('[data-cpd-download]');
    const refreshDownload = () => {
      if (recordUrl) {
        URL.revokeObjectURL(recordUrl);
      }
      recordUrl = URL.createObjectURL(new Blob([recordFile()], { type: 'text/html' }));
      download.href = recordUrl;
      download.download = 'cpd-record-' + course.id + '-' + longDateForFile(new Date()) + '.html';
    };
    if (printButton) {
      printButton.addEventListener('click', () => window.print());
    }
    if (download) {
      refreshDownload();
      // The file is made again as the learner takes it, so it holds what they wrote last.
      download.addEventListener('click', refreshDownload);
    }
    window.addEventListener('beforeprint', renderRecord);
    if (tools) {
      tools.hidden = false;
    }
    renderRecord();
  }

  function longDateForFile(at) {
    const stamp = dateStamp(at);
    return stamp.slice(0, 4) + '-' + stamp.slice(4, 6) + '-' + stamp.slice(6);
  }

  // ---- Start ----

  function connect() {
    const api = findApi();
    if (!api) {
      return 'none';
    }
    const session = lmsSession(api, {
      failed(count) {
        if (count >= FAILURES_BEFORE_WARNING && alertBox && !alertBox.textContent) {
          alertBox.textContent = 'Your progress has not reached the learning system yet. It is kept safe ' +
            (local ? 'in this browser' : 'in this window') + ' and we keep trying. Please keep this window open for now.';
        }
      },
      recovered() {
        if (alertBox && alertBox.textContent) {
          alertBox.textContent = '';
          announce('Your progress is saved.');
        }
      },
      // A retry commits anyway, so it carries the learner's latest state, not the state that first failed.
      retrying: queueState,
      saved: keepLocalCopy,
    });
    if (!session.start()) {
      return 'refused';
    }
    lms = session;
    return 'lms';
  }

  function loadFromLms() {
    launchStatus = lms.read('cmi.core.lesson_status');
    earlierSessionsMs = msFrom(lms.readOnce('cmi.core.total_time'));
    lms.read('cmi.core.score.raw');
    const learner = lms.readOnce('cmi.core.student_id');
    // Without a learner id, a copy on a shared computer could reach the next learner: keep none.
    local = localCopy(learner ? 'scormbuilder:' + course.id + ':' + learner : null);
    let data = lms.read('cmi.suspend_data');
    let bookmark = lms.read('cmi.core.lesson_location');
    const record = local.read();
    // A copy the LMS never received, made on top of exactly what the LMS holds now, is newer: use it.
    if (record && typeof record.data === 'string' && record.base === data) {
      data = record.data;
      bookmark = record.loc || bookmark;
    }
    const fields = lms.readOnce('cmi.interactions._children').split(',');
    const count = lms.readOnce('cmi.interactions._count');
    if (fields.includes('id') && /^\d+$/.test(count)) {
      interactions = { fields: new Set(fields), next: Number(count) };
    }
    const resumed = restore(decode(data));
    if (state.quiz.attempts > 0) {
      recordQuiz([], Date.now());
    }
    return { bookmark, resumed };
  }

  function loadStandalone(why) {
    local = localCopy('scormbuilder:' + course.id + ':standalone');
    const record = local.read();
    const resumed = restore(decode(record && record.data));
    const stored = local.write({ data: encode(), loc: (record && record.loc) || '' });
    showNotice(why === 'refused'
      ? 'The learning system did not accept this course, so your progress is saved in this browser only.'
      : stored
        ? 'You are using this course outside a learning system. Your progress is saved in this browser only.'
        : 'You are using this course outside a learning system. Your progress will not be saved.');
    return { bookmark: record && record.loc, resumed };
  }

  function firstUnfinished() {
    const part = parts.find(p => p.required && !isDone(p));
    return part ? part.id : parts[0].id;
  }

  function start() {
    if (!parts.length) {
      return;
    }
    const connection = connect();
    const { bookmark, resumed } = connection === 'lms' ? loadFromLms() : loadStandalone(connection);
    announcedDone = DONE.has(courseStatus());
    wireNavigation();
    wireQuiz();
    wireReflection();
    wireRecord();
    go(partById.has(bookmark) ? bookmark : firstUnfinished(), null, true);
    if (resumed) {
      announce('Welcome back. You are where you left off.');
    }
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        save();
      }
    });
    window.addEventListener('pagehide', end);
    window.addEventListener('pageshow', event => {
      if (event.persisted && ended && lms) {
        showNotice('This session has ended. Open the course again from your learning system to carry on.');
      }
    });
  }

  start();
})();
