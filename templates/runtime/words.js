// words.js: every word the runtime shows a learner comes from one table (templates/runtime/words.json, which an
// organisation's templates folder may override), so a course can be rebranded or translated without JavaScript.
// Pure: no DOM.
sb.words = table => (key, values) =>
  String(table[key]).replace(/\{(\w+)\}/g, (whole, name) => (values && name in values ? String(values[name]) : whole));
