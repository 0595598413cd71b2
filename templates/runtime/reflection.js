// reflection.js: the reflective activity: prompt answers and the action plan, kept as the learner types.
sb.kinds = Object.assign(sb.kinds || {}, {
  reflection: {
    lookups(data, byId) {
      const reflection = data.reflection || null;
      const prompts = reflection ? reflection.prompts : [];
      return { reflection, prompts, promptById: byId(prompts), actionCount: reflection ? reflection.actions : 0 };
    },
    saved: {
      blank: ({ actionCount }) => ({
        texts: new Map(),
        plan: Array.from({ length: actionCount }, () => ({ text: '', date: '' })),
      }),
      items: (state, { prompts }) => ({
        r: prompts.filter(p => state.texts.get(p.id)).map(p => ({ prompt: p.id, answer: state.texts.get(p.id) })),
        p: state.plan.map((a, i) => ({ action: i, due: a.date, text: a.text })).filter(a => a.text || a.due),
      }),
      restore(state, saved, { reflection, promptById, actionCount }, { clip }) {
        saved.r.forEach(({ prompt: id, answer }) => {
          const prompt = promptById.get(id);
          if (prompt && answer) {
            state.texts.set(id, clip(answer, prompt.maxLength));
          }
        });
        saved.p.forEach(({ action, due, text }) => {
          if (action < actionCount) {
            state.plan[action] = { text: clip(text, reflection.actionMaxLength), date: sb.time.isDateStamp(due) ? due : '' };
          }
        });
      },
      found: state => state.texts.size > 0,
    },
  },
});

// The reflection part's section, data-component="reflection". It owns the slices texts and plan.
sb.component('reflection', (root, { course, store, say, savedState, time }) => {
  const { reflection, promptById } = course;
  const { clip } = savedState;
  const form = reflection && reflection.id === root.id ? root.querySelector('form[data-reflection="' + reflection.id + '"]') : null;
  if (!form) {
    return {};
  }
  form.addEventListener('submit', event => event.preventDefault());
  const counter = (field, max) => {
    const count = field.id ? root.querySelector('[id="' + field.id + '-count"]') : null;
    if (count) {
      count.textContent = say('charactersUsed', { used: field.value.length, max });
    }
  };
  // The learner's words as they type, cut to the longest kept; returns them.
  const typed = (field, max) => {
    const text = clip(field.value, max);
    if (text !== field.value) {
      field.value = text;
    }
    return text;
  };
  const changeAction = (index, change) => store.update('plan', plan => {
    change(plan[index]);
    return plan;
  });
  form.querySelectorAll('textarea[data-prompt]').forEach(field => {
    const prompt = promptById.get(field.dataset.prompt);
    if (!prompt) {
      return;
    }
    field.value = store.get('texts').get(prompt.id) || '';
    counter(field, prompt.maxLength);
    field.addEventListener('input', () => {
      const text = typed(field, prompt.maxLength);
      store.update('texts', texts => {
        if (text) {
          texts.set(prompt.id, text);
        } else {
          texts.delete(prompt.id);
        }
        return texts;
      });
      counter(field, prompt.maxLength);
    });
  });
  form.querySelectorAll('input[data-action]').forEach(field => {
    const index = Number(field.dataset.action);
    const action = store.get('plan')[index];
    if (!action) {
      return;
    }
    field.value = action.text;
    field.addEventListener('input', () => {
      const text = typed(field, reflection.actionMaxLength);
      changeAction(index, changed => { changed.text = text; });
    });
  });
  form.querySelectorAll('input[data-action-date]').forEach(field => {
    const index = Number(field.dataset.actionDate);
    const action = store.get('plan')[index];
    if (!action) {
      return;
    }
    field.value = time.isoDate(action.date);
    const update = () => {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? field.value.replace(/-/g, '') : '';
      changeAction(index, changed => { changed.date = date; });
    };
    field.addEventListener('input', update);
    field.addEventListener('change', update);
  });
  return {};
});
