// device-panel.js: what the learner sees of this browser's copy of their work, in its panel (data-component=
// "device"): the keep-progress choice and "Remove my answers from this computer".
sb.component('device', (region, { win, doc, course, say, page, store, tracking, device, notice }) => {
  const byId = id => region.querySelector('#' + id);
  // Set just before the reload that follows a removal, so that the fresh page can say it was done.
  const removedKey = 'scormbuilder2:' + course.storageKey + ':removed';
  const inSession = use => {
    try {
      return use(win.sessionStorage);
    } catch (e) {
      return null;
    }
  };

  function wireKeep(copy) {
    const row = byId('sb-keep');
    const box = byId('sb-keep-progress');
    if (!row || !box || copy.identified) {
      return;
    }
    row.hidden = false;
    box.checked = copy.isKept();
    box.addEventListener('change', () => {
      if (!copy.keep(box.checked)) {
        box.checked = copy.isKept();
        page.announce(say('keepFailed'));
        return;
      }
      const said = notice(store.keepCopy());
      if (said) {
        page.showNotice(said);
      }
      page.announce(say(box.checked ? 'keptOnComputer' : 'keptInWindow'));
    });
  }

  function wireForget(copy) {
    const forget = byId('sb-forget');
    const ask = byId('sb-forget-ask');
    const question = byId('sb-forget-question');
    const confirm = byId('sb-forget-confirm');
    const cancel = byId('sb-forget-cancel');
    if (!forget || !ask || !confirm || !cancel) {
      return;
    }
    const asking = on => {
      ask.hidden = !on;
      forget.hidden = on;
      const focus = on ? question || confirm : forget;
      focus.setAttribute('tabindex', '-1');
      focus.focus();
    };
    forget.addEventListener('click', () => asking(true));
    cancel.addEventListener('click', () => asking(false));
    confirm.addEventListener('click', () => {
      copy.forget();
      // Without an LMS, a fresh page is the surest way to show nothing of what was there. With one, a reload
      // would start a second LMS session: the page stays, and only this browser's copies are gone.
      if (!tracking.inLms()) {
        inSession(storage => storage.setItem(removedKey, '1'));
        win.location.reload();
        return;
      }
      const box = byId('sb-keep-progress');
      if (box) {
        box.checked = false;
        box.disabled = true;
      }
      asking(false);
      page.showNotice(say('answersRemovedLms'));
      page.announce(say('answersRemovedLms'));
    });
  }

  function sayIfRemoved() {
    const removed = inSession(storage => {
      const was = storage.getItem(removedKey);
      storage.removeItem(removedKey);
      return was;
    });
    if (removed) {
      const shown = doc.getElementById('sb-notice');
      page.showNotice(say('answersRemoved') + (shown && shown.textContent ? ' ' + shown.textContent : ''));
      page.announce(say('answersRemoved'));
    }
  }

  region.querySelectorAll('[data-say]').forEach(element => {
    element.textContent = say(element.dataset.say);
  });
  const copy = device();
  if (copy) {
    region.hidden = false;
    wireKeep(copy);
    wireForget(copy);
  }
  sayIfRemoved();
  return {};
});
