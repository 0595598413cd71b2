// learner-name.js: the learner's name for the certificate: the LMS's (cmi.core.student_name), or else the one
// the learner types, which is kept with their copy in this browser (local-copy.js). Pure: no DOM.
sb.learnerName = () => {
  let name = '';
  let fromLms = false;

  return {
    get: () => name,
    fromLms: () => fromLms,
    // At launch: the LMS's name; without one, the name kept with the learner's copy, if any.
    launched(studentName, copy) {
      name = sb.learner.displayName(studentName);
      fromLms = name !== '';
      if (!fromLms) {
        name = copy && typeof copy.name === 'string' ? copy.name : '';
      }
    },
    typed(text) {
      name = text;
    },
  };
};
