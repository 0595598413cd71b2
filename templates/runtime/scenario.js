// scenario.js: branching scenarios: one decision at a time, the consequence of each choice, endings with their
// debrief and the path taken, and "Try another path". Where a learner is lives in state.scenarios (saved as
// section 's' of saved-state.json); sb.scenarioSteps below changes it and is pure (no DOM).
sb.scenarioSteps = {
  // A scenario not yet played is at its start.
  current(state, scenario) {
    return state.scenarios.get(scenario.id) || { at: scenario.start, path: [], endings: [] };
  },

  // Takes choice number `index` of the node the learner is at; keeps the last `steps` nodes of the path (the
  // saved state's bound, so a resumed path shows what it showed before). Returns the new place, or null.
  choose(state, scenario, index, steps) {
    const now = sb.scenarioSteps.current(state, scenario);
    const node = scenario.nodeById.get(now.at);
    const to = node && !node.ending ? node.choices[index] : undefined;
    if (to === undefined || !scenario.nodeById.has(to)) {
      return null;
    }
    const ending = scenario.nodeById.get(to).ending && !now.endings.includes(to);
    const next = { at: to, path: [...now.path, now.at].slice(-steps), endings: ending ? [...now.endings, to] : now.endings };
    state.scenarios.set(scenario.id, next);
    return next;
  },

  // Back to the start; the endings reached stay reached.
  restart(state, scenario) {
    const next = { at: scenario.start, path: [], endings: sb.scenarioSteps.current(state, scenario).endings };
    state.scenarios.set(scenario.id, next);
    return next;
  },

  // A scenario is done once any ending has been reached.
  done(state, id) {
    const place = state.scenarios.get(id);
    return Boolean(place && place.endings.length);
  },
};

sb.kinds = Object.assign(sb.kinds || {}, {
  scenario: {
    done: (part, state) => state.visited.has(part.id) && sb.scenarioSteps.done(state, part.id),
    lookups: (data, byId) => ({ scenarioById: byId((data.scenarios || []).map(s => ({ ...s, nodeById: byId(s.nodes) }))) }),
    saved: {
      // Per scenario: the node the learner is at, the nodes before it (oldest first), the endings reached.
      blank: () => ({ scenarios: new Map() }),
      items: (state, { scenarioById }) => ({
        s: [...scenarioById.keys()].filter(id => state.scenarios.has(id)).map(id => ({ scenario: id, ...state.scenarios.get(id) })),
      }),
      // Endings still in the scenario are kept. A path through a node the rebuilt scenario no longer has, or
      // that its choices no longer join, starts again at the start: never a node the learner cannot leave. A
      // path as long as is saved may have begun after the start.
      restore(state, saved, { scenarioById }, { maxOf }) {
        saved.s.forEach(({ scenario: id, at, path, endings }) => {
          const scenario = scenarioById.get(id);
          if (!scenario) {
            return;
          }
          const { nodeById } = scenario;
          const kept = [...new Set(endings)].filter(e => nodeById.has(e) && nodeById.get(e).ending);
          const steps = [...path, at];
          const joined = steps.every((node, i) => nodeById.has(node) && (i === 0 || nodeById.get(steps[i - 1]).choices.includes(node)));
          const sound = joined && (path.length >= maxOf('s', 'path') || steps[0] === scenario.start);
          state.scenarios.set(id, sound ? { at, path, endings: kept } : { at: scenario.start, path: [], endings: kept });
        });
      },
      found: state => state.scenarios.size > 0,
    },
  },
});

// Each scenario's play area, data-component="scenario" (data-scenario names it). The scenarios own the slice
// scenarios; sb.scenarioSteps changes it, inside the store's update.
sb.component('scenario', (root, { doc, course, store, say, savedState, page }) => {
  const steps = sb.scenarioSteps;
  const scenario = course.scenarioById.get(root.dataset.scenario);
  if (!scenario) {
    return {};
  }
  const box = root;

  // The button that led from one node to the next (the first, should two lead to the same node).
  function choiceInto(from, to) {
    return box.querySelector('[data-node="' + from + '"] button[data-goto="' + to + '"]');
  }

  // Runs one of sb.scenarioSteps on the slice, through the store; returns what it returns.
  function step(change) {
    let result = null;
    store.update('scenarios', scenarios => {
      result = change({ scenarios });
      return scenarios;
    });
    return result;
  }

  function render() {
    const now = steps.current(store.state, scenario);
    const from = now.path[now.path.length - 1];
    const chosen = from ? choiceInto(from, now.at) : null;
    const shownConsequence = chosen ? from + '/' + chosen.dataset.choice : '';
    box.querySelectorAll('[data-node]').forEach(node => { node.hidden = node.dataset.node !== now.at; });
    box.querySelectorAll('[data-consequence]').forEach(c => { c.hidden = c.dataset.consequence !== shownConsequence; });
    const list = box.querySelector('.sb-scenario-steps');
    list.textContent = '';
    [...now.path, now.at].forEach((node, i, all) => {
      const choice = i + 1 < all.length ? choiceInto(node, all[i + 1]) : null;
      if (choice) {
        const item = doc.createElement('li');
        item.textContent = choice.textContent;
        list.append(item);
      }
    });
    const ended = Boolean(scenario.nodeById.get(now.at).ending);
    const pathBox = box.querySelector('.sb-scenario-path');
    pathBox.hidden = !ended;
    // Printed mid-way, the page still shows the path so far.
    pathBox.classList.toggle('sb-has-path', list.children.length > 0);
    box.querySelector('.sb-scenario-again').hidden = !ended;
    return { now, consequence: box.querySelector('[data-consequence="' + shownConsequence + '"]') };
  }

  function heading(nodeId) {
    return box.querySelector('[data-node="' + nodeId + '"] h2');
  }

  function choose(button) {
    const index = Number(button.dataset.choice);
    const next = step(slice => steps.choose(slice, scenario, index, savedState.maxOf('s', 'path')));
    if (!next) {
      return;
    }
    const { consequence } = render();
    const ending = scenario.nodeById.get(next.at).ending;
    page.announce(say('scenarioChose', { choice: button.textContent }));
    if (ending) {
      page.announce(say('scenarioEnded', { ending: say(ending === 'good' ? 'scenarioGood' : 'scenarioBad') }));
      // Reaching an ending is a save point.
      store.save();
    }
    (consequence || heading(next.at)).focus();
  }

  box.addEventListener('click', event => {
    const button = event.target.closest('button');
    if (!button) {
      return;
    }
    if (button.classList.contains('sb-scenario-restart')) {
      step(slice => steps.restart(slice, scenario));
      render();
      page.announce(say('scenarioRestarted'));
      heading(scenario.start).focus();
    } else if (button.dataset.goto !== undefined) {
      choose(button);
    }
  });
  render();
  return {};
});
