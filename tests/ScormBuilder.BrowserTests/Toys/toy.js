// toy.js: the test project's toy kind. A toy part is done once its button is pressed; the toys done are saved in
// a section of the kind's own, tag 't'.
sb.kinds = Object.assign(sb.kinds || {}, {
  toy: {
    done: (part, state) => state.toys.has(part.id),
    lookups: data => ({ toyParts: data.parts.filter(p => p.kind === 'toy') }),
    saved: {
      sections: [{ tag: 't', each: 'toy', item: [{ id: 'toy' }] }],
      blank: () => ({ toys: new Set() }),
      items: (state, { toyParts }) => ({ t: toyParts.filter(p => state.toys.has(p.id)).map(p => ({ toy: p.id })) }),
      restore(state, saved, { toyParts }) {
        saved.t.filter(t => toyParts.some(p => p.id === t.toy)).forEach(t => state.toys.add(t.toy));
      },
      found: state => state.toys.size > 0,
    },
  },
});

// A toy part's section, data-component="toy". It owns the slice toys.
sb.component('toy', (root, { store }) => {
  const status = root.querySelector('[data-toy-status]');
  const button = root.querySelector('[data-toy-press]');
  const show = () => {
    const done = store.get('toys').has(root.id);
    status.textContent = done ? 'Toy done.' : 'Toy not done yet.';
    button.disabled = done;
  };
  button.addEventListener('click', () => {
    store.update('toys', toys => new Set(toys).add(root.id), { save: true });
    show();
  });
  show();
  return {};
});
