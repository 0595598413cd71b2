// device-panel.js: what the learner sees of this browser's copy of their work: the keep-progress choice, "Remove
// my answers from this computer", the offer to keep the CPD record on completion, and the record of a completed
// attempt that the LMS no longer holds (shown on request in the CPD record part, never merged into this attempt).
sb.devicePanel = ({ win, doc, course, say, page, time, tracking, savedState, recordView }) => {
  const byId = id => doc.getElementById(id);
  // Set just before the reload that follows a removal, so that the fresh page can say it was done.
  const removedKey = 'scormbuilder2:' + course.storageKey + ':removed';
  const inSession = use => {
    try {
      return use(win.sessionStorage);
    } catch (e) {
      return null;
    }
  };
  const MAX_SPENT_MS = 9999 * 3600000;

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
      const notice = tracking.standaloneNotice(tracking.changed());
      if (notice) {
        page.showNotice(notice);
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
      const notice = byId('sb-notice');
      page.showNotice(say('answersRemoved') + (notice && notice.textContent ? ' ' + notice.textContent : ''));
      page.announce(say('answersRemoved'));
    }
  }

  function wireKeepRecord() {
    const panel = byId('sb-keep-record');
    if (panel && course.recordPart) {
      tracking.whenDone(() => {
        panel.hidden = false;
        page.announce(say('keepRecord'));
      });
    }
  }

  function offerPast(past, go) {
    const panel = byId('sb-past-record');
    const text = byId('sb-past-record-text');
    const button = byId('sb-show-past-record');
    if (!past || !panel || !text || !button || !course.recordPart) {
      return;
    }
    const pastState = savedState.blank(course);
    savedState.restore(pastState, savedState.decode(past.data), course);
    pastState.completed = past.completed;
    const spentMs = Number(past.spentMs);
    text.textContent = say('pastRecord', { date: time.longDate(past.completed, doc.documentElement.lang) });
    panel.hidden = false;
    button.addEventListener('click', () => {
      recordView.past = {
        state: pastState,
        spentMs: Number.isFinite(spentMs) ? Math.min(Math.max(spentMs, 0), MAX_SPENT_MS) : 0,
        name: typeof past.name === 'string' ? past.name : '',
      };
      const id = course.recordPart.id;
      go(id, byId(id + '-document-title'), false);
    });
  }

  // past: the completed attempt's record, when this attempt is not completed (tracking.launch).
  function wire(go, past) {
    doc.querySelectorAll('[data-say]').forEach(element => {
      element.textContent = say(element.dataset.say);
    });
    const copy = tracking.device();
    const region = byId('sb-device');
    if (copy && region) {
      region.hidden = false;
      wireKeep(copy);
      wireForget(copy);
    }
    wireKeepRecord();
    offerPast(past, go);
    sayIfRemoved();
  }

  return { wire };
};
