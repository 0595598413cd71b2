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

sb.behaviours.push(({ doc, course, state, say, savedState, time, tracking }) => {
  const { reflection, promptById } = course;
  const { clip } = savedState;

  function wire() {
    const form = reflection ? doc.querySelector('form[data-reflection="' + reflection.id + '"]') : null;
    if (!form) {
      return;
    }
    form.addEventListener('submit', event => event.preventDefault());
    const counter = (field, max) => {
      const count = field.id ? doc.getElementById(field.id + '-count') : null;
      if (count) {
        count.textContent = say('charactersUsed', { used: field.value.length, max });
      }
    };
    form.querySelectorAll('textarea[data-prompt]').forEach(field => {
      const prompt = promptById.get(field.dataset.prompt);
      if (!prompt) {
        return;
      }
      field.value = state.texts.get(prompt.id) || '';
      counter(field, prompt.maxLength);
      field.addEventListener('input', () => {
        const text = clip(field.value, prompt.maxLength);
        if (text !== field.value) {
          field.value = text;
        }
        if (text) {
          state.texts.set(prompt.id, text);
        } else {
          state.texts.delete(prompt.id);
        }
        counter(field, prompt.maxLength);
        tracking.changed();
      });
    });
    form.querySelectorAll('input[data-action]').forEach(field => {
      const action = state.plan[Number(field.dataset.action)];
      if (!action) {
        return;
      }
      field.value = action.text;
      field.addEventListener('input', () => {
        const text = clip(field.value, reflection.actionMaxLength);
        if (text !== field.value) {
          field.value = text;
        }
        action.text = text;
        tracking.changed();
      });
    });
    form.querySelectorAll('input[data-action-date]').forEach(field => {
      const action = state.plan[Number(field.dataset.actionDate)];
      if (!action) {
        return;
      }
      field.value = time.isoDate(action.date);
      const update = () => {
        action.date = /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? field.value.replace(/-/g, '') : '';
        tracking.changed();
      };
      field.addEventListener('input', update);
      field.addEventListener('change', update);
    });
  }

  return { wire };
});
