// learner.js: who the learner is, as far as this browser may know: the rules that decide whether a copy of their
// progress may outlive the tab, the keys it is filed under, and their name as a certificate shows it. Pure: no DOM.
sb.learner = (() => {
  // What the LMS wrapper makes of a JavaScript null or undefined, and what a blank field gives: no one.
  const NOBODY = new Set(['', 'null', 'undefined']);

  // 'id-' + the LMS's student_id, or 'anonymous' when the LMS gives none we can trust to be one person's.
  function who(studentId) {
    const id = studentId === null || studentId === undefined ? '' : String(studentId).trim();
    return NOBODY.has(id) ? 'anonymous' : 'id-' + encodeURIComponent(id);
  }

  function key(storageKey, learner, suffix) {
    return 'scormbuilder2:' + storageKey + ':' + learner + (suffix ? ':' + suffix : '');
  }

  // "Doe, Jane" (SCORM's "Last, First") as "Jane Doe"; a name without a comma as it is.
  function displayName(studentName) {
    const name = studentName === null || studentName === undefined ? '' : String(studentName).trim();
    if (NOBODY.has(name)) {
      return '';
    }
    const comma = name.indexOf(',');
    if (comma < 0) {
      return name;
    }
    return [name.slice(comma + 1), name.slice(0, comma)].map(s => s.trim()).filter(Boolean).join(' ');
  }

  return { who, key, displayName };
})();
