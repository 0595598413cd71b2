// course.js: the course as the page describes it (the JSON in #sb-course), with lookups by id. Each kind's module
// adds its own lookups (sb.kinds[kind].lookups). Pure: no DOM.
sb.course = data => {
  const byId = list => new Map(list.map(item => [item.id, item]));
  const { parts } = data;
  const lookups = Object.values(sb.kinds || {}).filter(kind => kind.lookups).map(kind => kind.lookups(data, byId));
  return Object.assign({
    id: data.id,
    version: data.version || '',
    // What this browser files the learner's copies under: the id alone is shared by courses that kept `new`'s id.
    storageKey: data.storageKey || data.id,
    parts,
    partById: byId(parts),
  }, ...lookups);
};
