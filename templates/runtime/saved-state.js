// saved-state.js: the learner's progress as the one string SCORM 1.2 keeps for us (cmi.suspend_data). The
// format is data, saved-state.json (specified in saved-state.md), which the build also reads to compute the
// worst case (Validation/SuspendDataBudget.cs): this encoder and decoder follow the table, so the two cannot
// drift apart. Every decoded field is checked before it is used; one that fails counts as none. Pure: no DOM.
sb.savedState = format => {
  const { isDateStamp } = sb.time;
  const KINDS = ['id', 'number', 'letter', 'options', 'index', 'date', 'text', 'ref', 'refs'];
  const kindOf = field => (typeof field === 'string' ? 'mark' : KINDS.find(kind => kind in field));
  const sectionByTag = new Map(format.sections.map(section => [section.tag, section]));
  const pathField = sectionByTag.has('s') ? sectionByTag.get('s').item.find(field => field.refs === 'path') : null;
  // How many steps of a scenario's path are saved; a path that long may have begun after the start.
  const pathSteps = pathField ? pathField.max : 0;

  function clip(text, max) {
    if (text.length <= max) {
      return text;
    }
    const last = text.charCodeAt(max - 1);
    // Never keep half of a surrogate pair: the LMS could not store the broken character.
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
  }

  function blank(course) {
    return {
      location: '',
      visited: new Set(),
      // result: '' never submitted, 'p' passed, 'f' failed (feedback showing), 'r' retaking after a fail.
      quiz: { attempts: 0, result: '', score: 0 },
      // The quiz attempt's seed (0: none yet) and the questions it drew, in its order.
      draw: { seed: 0, drawn: [] },
      answers: new Map(),
      texts: new Map(),
      // Per scenario: the node the learner is at, the nodes before it (oldest first), the endings reached.
      scenarios: new Map(),
      plan: Array.from({ length: course.actionCount }, () => ({ text: '', date: '' })),
      // The day the course was first passed or completed (YYYYMMDD), for the CPD record.
      completed: '',
      // Per knowledge check answered: the answer, and whether it was checked (its feedback showing).
      checks: new Map(),
    };
  }

  // The state as items of each section, named as saved-state.json names their fields.
  function itemsOf(state, course) {
    const { quiz } = course;
    return {
      v: course.parts.filter(p => state.visited.has(p.id)).map(p => ({ part: p.id })),
      q: quiz && state.quiz.attempts > 0 ? [{ quiz: quiz.id, ...state.quiz }] : [],
      a: quiz && quiz.saveAnswers
        ? course.questions.filter(q => state.answers.get(q.id)).map(q => ({ question: q.id, ticked: state.answers.get(q.id) }))
        : [],
      r: course.prompts.filter(p => state.texts.get(p.id)).map(p => ({ prompt: p.id, answer: state.texts.get(p.id) })),
      p: state.plan.map((a, i) => ({ action: i, due: a.date, text: a.text })).filter(a => a.text || a.due),
      s: [...course.scenarioById.keys()].filter(id => state.scenarios.has(id))
        .map(id => ({ scenario: id, ...state.scenarios.get(id) })),
      d: state.completed ? [{ completed: state.completed }] : [],
      k: (course.checks || []).filter(c => state.checks.has(c.id))
        .map(c => ({ check: c.id, shown: state.checks.get(c.id).checked ? 'c' : 'a', answer: state.checks.get(c.id).answer })),
      b: quiz && state.draw.seed ? [{ quiz: quiz.id, ...state.draw }] : [],
    };
  }

  function write(field, item) {
    const kind = kindOf(field);
    if (kind === 'mark') {
      return field;
    }
    const value = item[field[kind]];
    if (kind === 'number') {
      return String(Math.min(value, field.max));
    }
    if (kind === 'refs') {
      // A bounded list keeps its last items: the latest steps of a path matter most.
      return (typeof field.max === 'number' ? value.slice(-field.max) : value).join('.');
    }
    // Free text is length-prefixed, so any character, delimiters included, is stored as itself.
    return kind === 'text' ? value.length + ':' + value : String(value);
  }

  function encode(state, course) {
    const items = itemsOf(state, course);
    const sections = format.sections
      .filter(section => items[section.tag] && items[section.tag].length)
      .map(section => section.tag + ':' + items[section.tag].map(item => section.item.map(field => write(field, item)).join('')).join(','));
    return [format.format, ...sections].join(';');
  }

  // Reads what it can and stops at the first damage: part of the progress beats none of it. Returns the items
  // of each section by tag, or null for data that is not ours (another tool's, another version's).
  function decode(text) {
    if (typeof text !== 'string' || !(text === format.format || text.startsWith(format.format + ';'))) {
      return null;
    }
    const saved = {};
    format.sections.forEach(section => { saved[section.tag] = []; });
    let at = format.format.length;
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
    const readers = {
      mark: expect,
      id: () => take(/[\w-]/),
      number,
      index: number,
      letter: () => text.charAt(at++),
      options: () => take(/[0-9a-z]/),
      date: () => take(/\d/),
      ref: () => take(/[\w-]/),
      refs: () => take(/[\w.-]/).split('.').filter(Boolean),
      text: () => {
        const length = number();
        expect(':');
        if (at + length > text.length) {
          damaged();
        }
        at += length;
        return text.slice(at - length, at);
      },
    };
    const readItem = section => {
      const item = {};
      section.item.forEach(field => {
        const kind = kindOf(field);
        const value = readers[kind](field);
        if (kind !== 'mark') {
          item[field[kind]] = value;
        }
      });
      saved[section.tag].push(item);
    };
    try {
      while (at < text.length) {
        expect(';');
        const section = sectionByTag.get(text[at]) || damaged();
        at++;
        expect(':');
        readItem(section);
        while (text[at] === ',') {
          at++;
          readItem(section);
        }
      }
    } catch (e) {
      // Keep what was read before the damage.
    }
    return saved;
  }

  // A saved answer as far as this build's question still has its ids: matching keeps each pair whose item and
  // target both remain, in item order; ordering keeps the remembered order and puts new items after it.
  function keptAnswer(question, ticked) {
    const { options } = question;
    if (question.type === 'matching') {
      const pairs = (ticked.match(/../g) || []).filter(pair => question.items.includes(pair[0]) && options.includes(pair[1]));
      return [...question.items].map(item => pairs.find(pair => pair[0] === item) || '').join('');
    }
    const known = [...new Set(ticked)].filter(id => options.includes(id));
    if (question.type === 'ordering') {
      return known.length ? known.join('') + [...question.start].filter(id => !known.includes(id)).join('') : '';
    }
    const kept = [...options].filter(o => known.includes(o)).join('');
    return question.type === 'multiple-response' ? kept : kept.slice(0, 1);
  }

  // A rebuilt course may have added, removed or reordered anything: keep what this build still knows. Returns
  // whether anything of the learner's was found.
  function restore(state, saved, course) {
    if (!saved) {
      return false;
    }
    saved.v.forEach(({ part }) => course.partById.has(part) && state.visited.add(part));
    const q = saved.q[saved.q.length - 1];
    if (course.quiz && q && q.quiz === course.quiz.id && q.attempts > 0 && /^[pfr]$/.test(q.result)) {
      state.quiz = { attempts: Math.min(q.attempts, 99), result: q.result, score: Math.min(q.score, 100) };
    }
    saved.a.forEach(({ question: id, ticked }) => {
      const question = course.questionById.get(id);
      if (!question) {
        return;
      }
      const answer = keptAnswer(question, ticked);
      if (answer) {
        state.answers.set(id, answer);
      }
    });
    restoreDraw(state, saved.b[saved.b.length - 1], course);
    saved.r.forEach(({ prompt: id, answer }) => {
      const prompt = course.promptById.get(id);
      if (prompt && answer) {
        state.texts.set(id, clip(answer, prompt.maxLength));
      }
    });
    saved.p.forEach(({ action, due, text }) => {
      if (action < course.actionCount) {
        state.plan[action] = { text: clip(text, course.reflection.actionMaxLength), date: isDateStamp(due) ? due : '' };
      }
    });
    saved.s.forEach(item => restoreScenario(state, item, course));
    (saved.k || []).forEach(({ check: id, shown, answer }) => {
      const check = course.checkById ? course.checkById.get(id) : null;
      const kept = check ? keptAnswer(check, answer) : '';
      if (kept) {
        // An answer the rebuilt check changed is the learner's to check again.
        state.checks.set(id, { answer: kept, checked: shown === 'c' && kept === answer });
      }
    });
    const completed = saved.d.length ? saved.d[saved.d.length - 1].completed : '';
    if (isDateStamp(completed)) {
      state.completed = completed;
    }
    return state.visited.size > 0 || state.answers.size > 0 || state.texts.size > 0 || state.quiz.attempts > 0 || state.scenarios.size > 0 ||
      state.checks.size > 0;
  }

  // A draw naming a question now gone is dropped (the quiz draws again) unless the learner passed with it.
  function restoreDraw(state, saved, course) {
    if (!course.quiz || !saved || saved.quiz !== course.quiz.id || !(saved.seed > 0 && saved.seed <= 9999)) {
      return;
    }
    const kept = saved.drawn.filter(id => course.questionById.has(id));
    if (kept.length === saved.drawn.length || state.quiz.result === 'p') {
      state.draw = { seed: saved.seed, drawn: kept };
    }
  }

  // Endings still in the scenario are kept. A path through a node the rebuilt scenario no longer has, or that
  // its choices no longer join, starts again at the start: never a node the learner cannot leave.
  function restoreScenario(state, { scenario: id, at, path, endings }, course) {
    const scenario = course.scenarioById.get(id);
    if (!scenario) {
      return;
    }
    const { nodeById } = scenario;
    const kept = [...new Set(endings)].filter(e => nodeById.has(e) && nodeById.get(e).ending);
    const steps = [...path, at];
    const joined = steps.every((node, i) => nodeById.has(node) && (i === 0 || nodeById.get(steps[i - 1]).choices.includes(node)));
    const sound = joined && (path.length >= pathSteps || steps[0] === scenario.start);
    state.scenarios.set(id, sound ? { at, path, endings: kept } : { at: scenario.start, path: [], endings: kept });
  }

  return { limit: format.limit, pathSteps, blank, encode, decode, restore, clip };
};
