// cpd-record.js: the CPD record, the learner's evidence, shown on its part and kept as one file to print or
// download. It shows this attempt, or, when the learner asks, the completed attempt this browser kept
// (recordView.past, set by device-panel.js), whose record is then the one printed and downloaded.
sb.kinds = Object.assign(sb.kinds || {}, {
  'cpd-record': { lookups: data => ({ recordPart: data.parts.find(p => p.kind === 'cpd-record') || null }) },
});

sb.behaviours.push(({ win, doc, course, state, say, time, tracking, page, recordView }) => {
  const { recordPart } = course;
  const record = recordPart ? doc.getElementById(recordPart.id) : null;
  const recordDocument = record ? record.querySelector('.sb-cpd-document') : null;
  let recordUrl = '';

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
    const past = recordView.past;
    return past
      ? { shownState: past.state, done: true, spentMs: past.spentMs, name: past.name || tracking.learnerName() }
      : { shownState: state, done: tracking.isDone(), spentMs: tracking.sessionMs(), name: tracking.learnerName() };
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
      attempt.textContent = recordView.past ? say('cpdPastAttempt', { date: longDate(recordView.past.state.completed) }) : '';
      attempt.hidden = !recordView.past;
    }
    const current = doc.getElementById('sb-cpd-current');
    if (current) {
      current.hidden = !recordView.past;
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

  function wire() {
    if (!recordDocument) {
      return;
    }
    const downloads = doc.querySelectorAll('[data-cpd-download]');
    const refreshDownload = () => {
      if (recordUrl) {
        URL.revokeObjectURL(recordUrl);
      }
      recordUrl = URL.createObjectURL(new Blob([recordFile()], { type: 'text/html' }));
      const day = recordView.past ? recordView.past.state.completed : time.dateStamp(new Date());
      downloads.forEach(download => {
        download.href = recordUrl;
        download.download = 'cpd-record-' + course.id + '-' + time.isoDate(day) + '.html';
      });
    };
    // The record alone is printed, whichever part is on show (course.css, .sb-print-record).
    doc.querySelectorAll('[data-cpd-print]').forEach(button => button.addEventListener('click', () => {
      doc.body.classList.add('sb-print-record');
      win.print();
    }));
    win.addEventListener('afterprint', () => doc.body.classList.remove('sb-print-record'));
    if (downloads.length) {
      refreshDownload();
      // The file is made again as the learner takes it, so it holds what they wrote last.
      downloads.forEach(download => download.addEventListener('click', refreshDownload));
    }
    win.addEventListener('beforeprint', render);
    const tools = record.querySelector('.sb-cpd-tools');
    if (tools) {
      tools.hidden = false;
    }
    const current = doc.getElementById('sb-cpd-current');
    if (current) {
      current.addEventListener('click', () => {
        recordView.past = null;
        render();
        page.announce(say('cpdCurrentShown'));
        const title = recordDocument.querySelector('.sb-cpd-title');
        title.setAttribute('tabindex', '-1');
        title.focus();
      });
    }
    // Without a name from the LMS, the learner gives the certificate theirs; it is kept with their copy.
    const nameField = doc.getElementById('sb-learner-name-field');
    const nameInput = doc.getElementById('sb-learner-name');
    if (nameField && nameInput && !tracking.nameFromLms()) {
      nameField.hidden = false;
      nameInput.value = tracking.learnerName();
      nameInput.addEventListener('input', () => {
        tracking.setName(nameInput.value.trim());
        render();
      });
    }
    render();
  }

  function entered(id) {
    if (recordPart && id === recordPart.id) {
      render();
    }
  }

  return { wire, entered };
});
