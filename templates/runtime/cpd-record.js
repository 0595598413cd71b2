// cpd-record.js: the CPD record, the learner's evidence, shown on its part and kept as one file to print or
// download.
sb.kinds.push(({ win, doc, course, state, say, time, tracking }) => {
  const { recordPart } = course;
  const record = recordPart ? doc.getElementById(recordPart.id) : null;
  const recordDocument = record ? record.querySelector('.sb-cpd-document') : null;
  let recordUrl = '';

  function longDate(stamp) {
    const at = new Date(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8)));
    return at.toLocaleDateString(doc.documentElement.lang || undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function timeSpent(ms) {
    const minutes = Math.round(ms / 60000);
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

  function render() {
    if (!recordDocument) {
      return;
    }
    const slot = name => recordDocument.querySelector('[data-cpd="' + name + '"]');
    const each = (attribute, fillOne) => recordDocument.querySelectorAll('[' + attribute + ']').forEach(fillOne);
    const completed = state.completed ? longDate(state.completed) : tracking.isDone() ? say('cpdCompletedNoDate') : '';
    const spent = slot('time');
    const score = slot('score');
    fill(slot('completed'), completed, say('cpdNotCompleted'));
    if (spent) {
      fill(spent, timeSpent(tracking.sessionMs()), '');
    }
    if (score) {
      const { attempts, result } = state.quiz;
      const outcome = say(result === 'p' ? 'cpdPassed' : 'cpdNotPassedYet');
      fill(score, attempts ? say('cpdScore', { score: state.quiz.score, result: outcome }) : '', say('cpdQuizNotTaken'));
    }
    each('data-cpd-answer', dd => fill(dd, state.texts.get(dd.dataset.cpdAnswer), say('cpdNoAnswer')));
    each('data-cpd-action', span => fill(span, (state.plan[Number(span.dataset.cpdAction)] || {}).text, say('cpdNoAction')));
    each('data-cpd-action-date', span => {
      const date = (state.plan[Number(span.dataset.cpdActionDate)] || {}).date;
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
    const tools = record.querySelector('.sb-cpd-tools');
    const printButton = record.querySelector('[data-cpd-print]');
    const download = record.querySelector('[data-cpd-download]');
    const refreshDownload = () => {
      if (recordUrl) {
        URL.revokeObjectURL(recordUrl);
      }
      recordUrl = URL.createObjectURL(new Blob([recordFile()], { type: 'text/html' }));
      download.href = recordUrl;
      download.download = 'cpd-record-' + course.id + '-' + time.isoDate(time.dateStamp(new Date())) + '.html';
    };
    if (printButton) {
      printButton.addEventListener('click', () => win.print());
    }
    if (download) {
      refreshDownload();
      // The file is made again as the learner takes it, so it holds what they wrote last.
      download.addEventListener('click', refreshDownload);
    }
    win.addEventListener('beforeprint', render);
    if (tools) {
      tools.hidden = false;
    }
    render();
  }

  function entered(id) {
    if (recordPart && id === recordPart.id) {
      render();
    }
  }

  return { wire, entering() {}, entered };
});
