// saved-state.js: the learner's progress as the one string SCORM 1.2 keeps for us (cmi.suspend_data). The
// format is data, saved-state.json (specified in saved-state.md), which the build also reads to compute the
// worst case (Validation/SuspendDataBudget.cs): this encoder and decoder follow the table, so the two cannot
// drift apart. Every decoded field is validated before it is used; one that fails counts as none. Pure: no DOM.
sb.savedState = format => {
  const { isDateStamp } = sb.time;
  const KINDS = ['id', 'number', 'letter', 'options', 'index', 'date', 'text', 'ref', 'refs'];
  const kindOf = field => (typeof field === 'string' ? 'mark' : KINDS.find(kind => kind in field));
  // A kind the format does not describe brings its own sections (sb.kinds[kind].saved.sections, as
  // saved-state.json writes them), written after the format's: an older build keeps what comes before them.
  const sections = format.sections.concat(...Object.values(sb.kinds || {}).map(kind => (kind.saved && kind.saved.sections) || []));
  const sectionByTag = new Map();
  sections.forEach(section => {
    if (sectionByTag.has(section.tag) || section.tag.length !== 1) {
      throw new Error('Each saved-state section needs a tag of its own, one character long: "' + section.tag + '" is not.');
    }
    sectionByTag.set(section.tag, section);
  });

  // The longest a bounded list of a section's items may be (field refs: name, with a max).
  function maxOf(tag, name) {
    const field = sectionByTag.has(tag) ? sectionByTag.get(tag).item.find(f => f.refs === name) : null;
    return field ? field.max : 0;
  }

  // Each kind's module owns its slices of the state and its sections, in sb.kinds[kind].saved: blank(course)
  // gives the slices; items(state, course) the items of each of its sections, by tag; restore(state, saved,
  // course, helpers) keeps what this build still knows; found(state) says whether anything of the learner's is
  // there; sections, the kind's own sections when saved-state.json has none for it.
  const slices = () => Object.values(sb.kinds || {}).map(kind => kind.saved).filter(Boolean);

  function clip(text, max) {
    if (text.length <= max) {
      return text;
    }
    const last = text.charCodeAt(max - 1);
    // Never keep half of a surrogate pair: the LMS could not store the broken character.
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
  }

  function blank(course) {
    // completed: the day the course was first passed or completed (YYYYMMDD), shown to the learner.
    return Object.assign({ location: '', visited: new Set(), completed: '' }, ...slices().map(slice => slice.blank(course)));
  }

  // The state as items of each section, named as saved-state.json names their fields.
  function itemsOf(state, course) {
    return Object.assign({
      v: course.parts.filter(p => state.visited.has(p.id)).map(p => ({ part: p.id })),
      d: state.completed ? [{ completed: state.completed }] : [],
    }, ...slices().map(slice => slice.items(state, course)));
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
    const written = sections
      .filter(section => items[section.tag] && items[section.tag].length)
      .map(section => section.tag + ':' + items[section.tag].map(item => section.item.map(field => write(field, item)).join('')).join(','));
    return [format.format, ...written].join(';');
  }

  // Reads what it can and stops at the first damage: part of the progress beats none of it. Returns the items
  // of each section by tag, or null for data that is not ours (another tool's, another version's).
  function decode(text) {
    if (typeof text !== 'string' || !(text === format.format || text.startsWith(format.format + ';'))) {
      return null;
    }
    const saved = {};
    sections.forEach(section => { saved[section.tag] = []; });
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
    const helpers = { clip, keptAnswer, maxOf };
    const found = slices().map(slice => {
      slice.restore(state, saved, course, helpers);
      return slice.found(state);
    });
    const completed = saved.d.length ? saved.d[saved.d.length - 1].completed : '';
    if (isDateStamp(completed)) {
      state.completed = completed;
    }
    return state.visited.size > 0 || found.includes(true);
  }

  return { limit: format.limit, maxOf, blank, encode, decode, restore, clip };
};
