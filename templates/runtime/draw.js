// draw.js: an attempt's questions and orders from one seed (1-9999), so a resume is the same attempt and a retake
// a new one. Pure: no DOM, no clock.
sb.draw = (() => {
  // mulberry32 seeded with FNV-1a of the seed and a question id: each question has its own stream, so its order
  // does not depend on which others were drawn.
  function random(seed, key = '') {
    let a = (2166136261 ^ seed) >>> 0;
    [...key].forEach(c => { a = Math.imul(a ^ c.charCodeAt(0), 16777619) >>> 0; });
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(items, next) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  const newSeed = (r, previous) => ((Math.floor(r * 9998) + previous) % 9999) + 1;
  const bankOf = (quiz, id) => ({ pool: 'all', shuffle: true, pinned: '', ...(quiz.bank || {})[id] });

  const inDraw = (quiz, id, pool) => pool == null || bankOf(quiz, id).pool === pool;

  // With 'cover' (lists of ids, one of each to ask), a question for each list no drawn question meets yet, tried in
  // the attempt's random order where a draw has room, backtracking when the rest cannot be met: it finds a covering
  // draw whenever one exists, which the build proves. Returns the ids taken and the room left in each draw.
  function covering(quiz, next) {
    const taken = new Set();
    const left = quiz.draw.map(d => d.count);
    const room = id => quiz.draw.findIndex((d, i) => left[i] > 0 && inDraw(quiz, id, d.pool));
    const search = from => {
      const open = quiz.cover.findIndex((ids, i) => i >= from && !ids.some(id => taken.has(id)));
      return open < 0 || shuffle(quiz.cover[open].filter(id => !taken.has(id)), next).some(id => {
        const i = room(id);
        if (i < 0) {
          return false;
        }
        taken.add(id);
        left[i]--;
        if (search(open + 1)) {
          return true;
        }
        taken.delete(id);
        left[i]++;
        return false;
      });
    };
    search(0);
    return { taken, left };
  }

  // The ids an attempt asks, in its order; seed 0 (saved before quizzes had seeds) asks all in the author's order.
  function questions(quiz, seed) {
    const all = quiz.questions.map(q => q.id);
    const next = random(seed);
    const { taken, left } = quiz.draw && quiz.cover && seed
      ? covering(quiz, next)
      : { taken: new Set(quiz.draw ? [] : all), left: (quiz.draw || []).map(d => d.count) };
    (quiz.draw || []).forEach(({ pool }, i) => {
      const from = all.filter(id => !taken.has(id) && inDraw(quiz, id, pool));
      shuffle(from, next).slice(0, left[i]).forEach(id => taken.add(id));
    });
    const picked = all.filter(id => taken.has(id));
    return seed && quiz.shuffleQuestions ? shuffle(picked, next) : seed ? picked : all;
  }

  // Option ids in the attempt's order: pinned ones keep their place; an ordering never starts as its answer.
  function options(quiz, question, seed) {
    const { shuffle: shuffled, pinned } = bankOf(quiz, question.id);
    if (!seed || !shuffled || question.type === 'true-false') {
      return question.start || question.options;
    }
    const ids = [...question.options];
    const free = shuffle(ids.filter(id => !pinned.includes(id)), random(seed, question.id));
    const order = ids.map(id => (pinned.includes(id) ? id : free.shift())).join('');
    return order === question.correct && question.start ? order.slice(1) + order[0] : order;
  }

  return { random, newSeed, questions, options };
})();
