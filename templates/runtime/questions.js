// questions.js: each type of question on the page: showing an answer, reading the learner's, and moving items,
// for any part that asks questions. An answer is a string of one-character ids: the options ticked ('b', 'ac'),
// each matching item followed by its target ('1a2b'), or an ordering's items in the learner's order ('cab').
sb.questionViews = ({ say, announce }) => {
  const controls = box => [...box.querySelectorAll('input, select, button[data-move]')];

  // Matching needs a target for every item; the other types need any answer at all.
  function complete(question, answer) {
    return question.type === 'matching' ? !!answer && answer.length === 2 * question.items.length : !!answer;
  }

  function read(box, question) {
    if (question.type === 'matching') {
      return [...box.querySelectorAll('select')].filter(s => s.value).map(s => s.dataset.item + s.value).join('');
    }
    const ticked = controls(box).filter(input => input.checked).map(input => input.value);
    return [...question.options].filter(o => ticked.includes(o)).join('');
  }

  function showOrder(box, question, order, locked) {
    const list = box.querySelector('.sb-order');
    const ids = [...order];
    ids.forEach((id, i) => {
      const item = list.querySelector('[data-item="' + id + '"]');
      if (list.children[i] !== item) {
        list.insertBefore(item, list.children[i] || null);
      }
      item.querySelectorAll('button[data-move]').forEach(button => {
        button.disabled = locked;
        button.hidden = locked;
        const edge = button.dataset.move === 'up' ? i === 0 : i === ids.length - 1;
        button.setAttribute('aria-disabled', String(edge));
      });
    });
  }

  function show(box, question, answer, locked) {
    if (question.type === 'ordering') {
      showOrder(box, question, answer || question.start, locked);
      return;
    }
    controls(box).forEach(control => {
      if (control.tagName === 'SELECT') {
        const at = answer.indexOf(control.dataset.item);
        control.value = at >= 0 && at % 2 === 0 ? answer.charAt(at + 1) : '';
      } else {
        control.checked = answer.includes(control.value);
      }
      control.disabled = locked;
    });
  }

  // Marks the answer right or wrong and shows the matching feedback once it is judged (a quiz submitted, a check
  // checked); hides both before.
  function judge(box, question, answer, judged) {
    const correct = answer === question.correct;
    box.classList.toggle('sb-correct', judged && correct);
    box.classList.toggle('sb-wrong', judged && !correct);
    const feedback = box.querySelector('[data-feedback-for="' + question.id + '"]');
    if (feedback) {
      feedback.hidden = !judged;
      feedback.querySelectorAll('.sb-feedback-correct').forEach(p => { p.hidden = !correct; });
      feedback.querySelectorAll('.sb-feedback-wrong').forEach(p => { p.hidden = correct; });
    }
  }

  function first(box) {
    return controls(box)[0] || null;
  }

  // Move up / Move down: the item moves, the focus stays on the button pressed, and the live region says where
  // the item now is. Returns the new order, or null when the item cannot move that way.
  function move(box, question, answer, button) {
    const item = button.closest('[data-item]');
    const order = [...(answer || question.start)];
    const from = order.indexOf(item.dataset.item);
    const to = button.dataset.move === 'up' ? from - 1 : from + 1;
    const text = item.querySelector('.sb-order-text').textContent;
    if (to < 0 || to >= order.length) {
      announce(say(to < 0 ? 'orderAlreadyFirst' : 'orderAlreadyLast', { item: text }));
      return null;
    }
    order.splice(to, 0, order.splice(from, 1)[0]);
    showOrder(box, question, order.join(''), false);
    button.focus();
    announce(say('orderMoved', { item: text, position: to + 1, count: order.length }));
    return order.join('');
  }

  return { complete, read, show, judge, first, move };
};
