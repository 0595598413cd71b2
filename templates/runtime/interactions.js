// interactions.js: a quiz attempt's answers as SCORM 1.2 interaction records (cmi.interactions.n.*), limited to
// the fields the LMS says it keeps. Pure: returns the writes, sends nothing.
sb.interactions = (() => {
  // SCORM 1.2's interaction type of each question type, and how each writes a response from the runtime's answer
  // ('1a2b' is matching's '1.a,2.b'; 'cab' is sequencing's 'c,a,b').
  const scormTypes = { 'true-false': 'true-false', matching: 'matching', ordering: 'sequencing' };
  const formats = {
    'true-false': letters => letters,
    choice: letters => [...letters].join(','),
    sequencing: letters => [...letters].join(','),
    matching: letters => (letters.match(/../g) || []).map(pair => pair[0] + '.' + pair[1]).join(','),
  };

  // results: per question, the response, whether it was right, when it was last answered and the latency.
  // first: the index of the first record to write (cmi.interactions._count). Returns [element, value] pairs.
  function writes(results, { fields, first }, time) {
    return results.flatMap((r, i) => {
      const prefix = 'cmi.interactions.' + (first + i) + '.';
      const scorm = scormTypes[r.question.type] || 'choice';
      const format = formats[scorm];
      return [
        ['id', r.question.id],
        ['type', scorm],
        ['weighting', '1'],
        ['student_response', format(r.response)],
        ['correct_responses', format(r.question.correct), 'correct_responses.0.pattern'],
        ['result', r.correct ? 'correct' : 'wrong'],
        ['time', time.clockTime(r.answered)],
        ['latency', time.timespan(r.latency)],
      ].filter(([field]) => fields.has(field)).map(([field, value, element]) => [prefix + (element || field), value]);
    });
  }

  return { writes };
})();
