// cpd-record.js: the CPD record, the learner's evidence, shown on its part and kept as one file to print or
// download. It shows this attempt, or, when the learner asks (the past-record panel below calls showPast), the
// completed attempt this browser kept, whose record is then the one printed and downloaded. Two panels above
// the parts belong to it: the offer to keep the record on completion, and the offer of that past record.
sb.kinds = Object.assign(sb.kinds || {}, {
  'cpd-record': { lookups: data => ({ recordPart: data.parts.find(p => p.kind === 'cpd-record') || null }) },
});

// The CPD record part's section, data-component="cpd-record". Its interface: showPast(record), print() and
// offerDownload(link), for the panels.
sb.component('cpd-record', (record, { win, doc, course, store, say, time, tracking, page, name }) => {
  const { recordPart } = course;
  const recordDocument = recordPart && recordPart.id === record.id ? record.querySelector('.sb-cpd-document') : null;
  let recordUrl = '';
  // The completed attempt shown instead of this one: { state, spentMs, name }, or null.
  let past = null;
  const downloads = [];

  const longDate = stamp => time.longDate(stamp, doc.documentElement.lang);

  function timeSpent(ms) {
    // A broken time (a kept record's, or the LMS's) never shows as NaN or negative.
    const minutes = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60000) : 0;
    const count = (n, one, many) => (n ? say(n === 1 ? one : many, { count: n }) : '');
    return minutes < 1
      ? say('timeUnderAMinute')
      : [count(Math.floor(minutes / 60), 'timeHour', 'timeHours'), count(minutes % 60, 'timeMinute', 'timeMinutes')].filter(Boolean).join(' ');
  }

  // The learner's words go in as text, never as markup, here and in the file made from this.
  function fill(element, text, missing) {
    element.textContent = text || missing;
    element.classList.toggle('sb-cpd-missing', !text);
  }

  function shown() {
    return past
      ? { shownState: past.state, done: true, spentMs: past.spentMs, name: past.name || name.get() }
      : { shownState: store.state, done: store.isDone(), spentMs: tracking.sessionMs(), name: name.get() };
  }

  function render() {
    if (!recordDocument) {
      return;
    }
    const { shownState, done, spentMs, name } = shown();
    const slot = key => recordDocument.querySelector('[data-cpd="' + key + '"]');
    const set = (key, text, missing) => slot(key) && fill(slot(key), text, missing);
    const each = (attribute, fillOne) => recordDocument.querySelectorAll('[' + attribute + ']').forEach(fillOne);
    const completed = shownState.completed ? longDate(shownState.completed) : done ? say('cpdCompletedNoDate') : '';
    const { attempts, result, score } = shownState.quiz;
    const scoreText = attempts ? say('cpdScore', { score, result: say(result === 'p' ? 'cpdPassed' : 'cpdNotPassedYet') }) : '';
    const spent = timeSpent(spentMs);
    ['', 'certificate-'].forEach(prefix => {
      set(prefix ? prefix + 'date' : 'completed', completed, say('cpdNotCompleted'));
      set(prefix + 'time', spent, '');
      set(prefix + 'score', scoreText, say('cpdQuizNotTaken'));
    });
    set('name', name, say('cpdNoName'));
    set('version', course.version, say('cpdNoVersion'));
    const pending = slot('certificate-status');
    if (pending) {
      pending.textContent = done ? '' : say('cpdCertificatePending');
      pending.hidden = done;
    }
    const attempt = slot('attempt');
    if (attempt) {
      attempt.textContent = past ? say('cpdPastAttempt', { date: longDate(past.state.completed) }) : '';
      attempt.hidden = !past;
    }
    const current = record.querySelector('#sb-cpd-current');
    if (current) {
      current.hidden = !past;
    }
    each('data-cpd-answer', dd => fill(dd, shownState.texts.get(dd.dataset.cpdAnswer), say('cpdNoAnswer')));
    each('data-cpd-action', span => fill(span, (shownState.plan[Number(span.dataset.cpdAction)] || {}).text, say('cpdNoAction')));
    each('data-cpd-action-date', span => {
      const date = (shownState.plan[Number(span.dataset.cpdActionDate)] || {}).date;
      fill(span, date ? longDate(date) : '', say('cpdNoDate'));
    });
  }

  // The record's rules from course.css, so the file looks like the page. A stylesheet the browser will not let
  // us read (a package opened from disk) leaves the file plainer, but complete and readable.
  function recordStyles() {
    const rules = [];
    [...doc.styleSheets].forEach(sheet => {
      try {
        [...sheet.cssRules].forEach(rule => {
          if (/sb-cpd/.test(rule.cssText) || /^(:root|body|\*.*)$/.test(rule.selectorText || '')) {
            rules.push(rule.cssText);
          }
        });
      } catch (e) {
        // Not readable here: the file goes without it.
      }
    });
    return rules.length ? rules.join('\n') : 'body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; font: 1rem/1.6 system-ui, sans-serif; } dt { font-weight: 600; }';
  }

  // One self-contained HTML file: the record and its styles, no scripts, nothing fetched.
  function recordFile() {
    render();
    const title = recordDocument.querySelector('h2');
    const file = doc.implementation.createHTMLDocument(title ? title.textContent : doc.title);
    file.documentElement.lang = doc.documentElement.lang;
    const charset = file.createElement('meta');
    charset.setAttribute('charset', 'utf-8');
    file.head.prepend(charset);
    const copy = file.importNode(recordDocument, true);
    // Alone in its file, the record's headings move up a level.
    copy.querySelectorAll('h2, h3').forEach(old => {
      const heading = file.createElement('h' + (Number(old.tagName[1]) - 1));
      [...old.attributes].forEach(a => heading.setAttribute(a.name, a.value));
      heading.append(...old.childNodes);
      old.replaceWith(heading);
    });
    file.body.append(copy);
    // The styles go into the text, not the DOM: a <style> element made here would trip the page's CSP, which
    // documents made by the page inherit. '<' is escaped so no rule can end the element.
    const style = '<style>' + recordStyles().replace(/</g, '\\3c ') + '</style>';
    return '<!DOCTYPE html>\n' + file.documentElement.outerHTML.replace('</head>', style + '</head>') + '\n';
  }

  function point(download) {
    const day = past ? past.state.completed : time.dateStamp(new Date());
    download.href = recordUrl;
    download.download = 'cpd-record-' + course.id + '-' + time.isoDate(day) + '.html';
  }

  function refreshDownload() {
    if (recordUrl) {
      URL.revokeObjectURL(recordUrl);
    }
    recordUrl = URL.createObjectURL(new Blob([recordFile()], { type: 'text/html' }));
    downloads.forEach(point);
  }

  // The record alone is printed, whichever part is on show (course.css, .sb-print-record).
  function print() {
    doc.body.classList.add('sb-print-record');
    win.print();
  }

  // The file is made again as the learner takes it, so it holds what they wrote last.
  function offerDownload(link) {
    downloads.push(link);
    if (recordUrl) {
      point(link);
    } else {
      refreshDownload();
    }
    link.addEventListener('click', refreshDownload);
  }

  function showPast(kept) {
    past = kept;
    render();
  }

  if (!recordDocument) {
    return {};
  }
  record.querySelectorAll('[data-cpd-print]').forEach(button => button.addEventListener('click', print));
  win.addEventListener('afterprint', () => doc.body.classList.remove('sb-print-record'));
  record.querySelectorAll('[data-cpd-download]').forEach(offerDownload);
  win.addEventListener('beforeprint', render);
  const tools = record.querySelector('.sb-cpd-tools');
  if (tools) {
    tools.hidden = false;
  }
  const current = record.querySelector('#sb-cpd-current');
  if (current) {
    current.addEventListener('click', () => {
      past = null;
      render();
      page.announce(say('cpdCurrentShown'));
      const title = recordDocument.querySelector('.sb-cpd-title');
      title.setAttribute('tabindex', '-1');
      title.focus();
    });
  }
  // Without a name from the LMS, the learner gives the certificate theirs; it is kept with their copy.
  const nameField = record.querySelector('#sb-learner-name-field');
  const nameInput = record.querySelector('#sb-learner-name');
  if (nameField && nameInput && !name.fromLms()) {
    nameField.hidden = false;
    nameInput.value = name.get();
    nameInput.addEventListener('input', () => {
      name.typed(nameInput.value.trim());
      store.keepCopy();
      render();
    });
  }
  render();

  function entered(id) {
    if (id === recordPart.id) {
      render();
    }
  }

  return { entered, showPast, print, offerDownload };
});

// The offer to keep the CPD record, shown once the course is done: data-component="keep-record".
sb.component('keep-record', (panel, { course, store, say, page, find }) => {
  panel.querySelectorAll('[data-say]').forEach(element => {
    element.textContent = say(element.dataset.say);
  });
  const record = find('cpd-record');
  if (!course.recordPart || !record || !record.print) {
    return {};
  }
  panel.querySelectorAll('[data-cpd-print]').forEach(button => button.addEventListener('click', record.print));
  panel.querySelectorAll('[data-cpd-download]').forEach(record.offerDownload);
  store.whenDone(() => {
    panel.hidden = false;
    page.announce(say('keepRecord'));
  });
  return {};
});

// The record of a completed attempt that the LMS no longer holds (launch.js finds it), offered on request in the
// CPD record part, never merged into this attempt: data-component="past-record".
sb.component('past-record', (panel, { doc, course, say, time, savedState, past, go, find }) => {
  const MAX_SPENT_MS = 9999 * 3600000;
  const text = panel.querySelector('#sb-past-record-text');
  const button = panel.querySelector('#sb-show-past-record');
  const record = find('cpd-record');
  if (!past || !text || !button || !course.recordPart || !record || !record.showPast) {
    return {};
  }
  const pastState = savedState.blank(course);
  savedState.restore(pastState, savedState.decode(past.data), course);
  pastState.completed = past.completed;
  const spentMs = Number(past.spentMs);
  text.textContent = say('pastRecord', { date: time.longDate(past.completed, doc.documentElement.lang) });
  panel.hidden = false;
  button.addEventListener('click', () => {
    record.showPast({
      state: pastState,
      spentMs: Number.isFinite(spentMs) ? Math.min(Math.max(spentMs, 0), MAX_SPENT_MS) : 0,
      name: typeof past.name === 'string' ? past.name : '',
    });
    const id = course.recordPart.id;
    go(id, doc.getElementById(id + '-document-title'), false);
  });
  return {};
});
