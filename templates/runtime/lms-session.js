// lms-session.js: the SCORM 1.2 API of the LMS, found, then wrapped as one session whose writes queue and retry.
// (This browser's own copy of the learner's progress is device-copy.js.)
sb.lms = (() => {
  const RETRY_FIRST_MS = 250;
  const RETRY_LONGEST_MS = 30000;
  // The LMS refused the element or the value itself: sending it again can never succeed.
  const PERMANENT_ERRORS = new Set(['201', '401', '402', '403', '404', '405']);

  function find(win0) {
    const search = start => {
      let win = start;
      for (let hops = 0; win && hops <= 7; hops++) {
        try {
          if (win.API && typeof win.API.LMSInitialize === 'function') {
            return win.API;
          }
        } catch (e) {
          // A window from another origin: keep climbing.
        }
        if (!win.parent || win.parent === win) {
          break;
        }
        win = win.parent;
      }
      return null;
    };
    const openerOf = win => {
      try {
        return win.opener || null;
      } catch (e) {
        return null;
      }
    };
    return search(win0) || search(openerOf(win0)) || search(openerOf(win0.top));
  }

  // One LMS session. Writes queue in order and go out together; what the LMS refuses stays queued and is
  // retried with backoff, so nothing is lost while the LMS is failing.
  function session(api, events) {
    const pending = new Map();
    const accepted = new Map();
    const committed = new Map();
    let commitWanted = false;
    let failures = 0;
    let retryTimer = 0;
    let finished = false;

    const call = (name, ...args) => {
      try {
        return String(api[name](...args));
      } catch (e) {
        return null;
      }
    };
    const lastError = () => call('LMSGetLastError') || '';
    // Some LMSs answer '' or a number rather than '0': only a positive code is an error.
    const readFailed = value => value === null || Number(lastError()) > 0;

    function fail() {
      failures++;
      events.failed(failures);
      const delay = Math.min(RETRY_FIRST_MS * 2 ** (failures - 1), RETRY_LONGEST_MS);
      retryTimer = setTimeout(() => {
        retryTimer = 0;
        events.retrying();
        flush();
      }, delay);
      return false;
    }

    function flush() {
      if (finished || retryTimer) {
        return false;
      }
      for (const [element, value] of pending) {
        const result = call('LMSSetValue', element, value);
        if (result === 'true') {
          accepted.set(element, value);
        } else if (result === null || !PERMANENT_ERRORS.has(lastError())) {
          return fail();
        }
        pending.delete(element);
      }
      if (commitWanted) {
        if (call('LMSCommit', '') !== 'true') {
          return fail();
        }
        commitWanted = false;
        accepted.forEach((value, element) => committed.set(element, value));
      }
      if (failures) {
        failures = 0;
        events.recovered();
      }
      events.saved();
      return true;
    }

    return {
      start: () => call('LMSInitialize', '') === 'true',
      // Reads an element; remembers the LMS's value so that writing the same value again sends nothing.
      read(element) {
        const value = call('LMSGetValue', element);
        if (readFailed(value)) {
          return '';
        }
        accepted.set(element, value);
        committed.set(element, value);
        return value;
      },
      readOnce(element) {
        const value = call('LMSGetValue', element);
        return readFailed(value) ? '' : value;
      },
      write(element, value) {
        if (!pending.has(element) && accepted.get(element) === value) {
          return;
        }
        pending.delete(element);
        pending.set(element, value);
      },
      hasUnsent: () => pending.size > 0 || commitWanted,
      committed: element => committed.get(element),
      commit() {
        commitWanted = true;
        flush();
      },
      finish() {
        if (finished) {
          return;
        }
        clearTimeout(retryTimer);
        retryTimer = 0;
        commitWanted = true;
        flush();
        clearTimeout(retryTimer);
        retryTimer = 0;
        finished = true;
        if (call('LMSFinish', '') === 'true') {
          // LMSFinish stores everything the LMS accepted, even when the commit before it failed.
          accepted.forEach((value, element) => committed.set(element, value));
        }
      },
    };
  }

  return { find, session };
})();
