// course.js: the course as the page describes it (the JSON in #sb-course), with lookups by id. Pure: no DOM.
sb.course = data => {
  const byId = list => new Map(list.map(item => [item.id, item]));
  const parts = data.parts;
  const quiz = data.quiz || null;
  const reflection = data.reflection || null;
  const partById = byId(parts);
  const scenarios = (data.scenarios || []).map(s => ({ ...s, nodeById: byId(s.nodes) }));
  return {
    id: data.id,
    version: data.version || '',
    // What this browser files the learner's copies under: the id alone is shared by courses that kept `new`'s id.
    storageKey: data.storageKey || data.id,
    failedQuizStatus: data.failedQuizStatus,
    parts,
    partById,
    quiz,
    quizPart: quiz ? partById.get(quiz.id) : null,
    questions: quiz ? quiz.questions : [],
    questionById: byId(quiz ? quiz.questions : []),
    reflection,
    prompts: reflection ? reflection.prompts : [],
    promptById: byId(reflection ? reflection.prompts : []),
    actionCount: reflection ? reflection.actions : 0,
    scenarioById: byId(scenarios),
    recordPart: parts.find(p => p.kind === 'cpd-record') || null,
    // Knowledge checks: questions inside bodies, for feedback only.
    checks: data.checks || [],
    checkById: byId(data.checks || []),
  };
};
