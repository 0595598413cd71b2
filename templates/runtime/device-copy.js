// device-copy.js: the learner's copy of their progress in this browser. An identified LMS learner's copy goes to
// localStorage; anyone else's to sessionStorage, gone with the tab, unless they choose to keep it on this computer.
// Every copy carries savedAt and expires after 90 days. Storage may be missing, full or refuse us at any call:
// then nothing is kept, and the caller is told so.
sb.deviceCopy = (() => {
  const EXPIRES_MS = 90 * 24 * 60 * 60 * 1000;

  function parse(raw) {
    try {
      const record = raw ? JSON.parse(raw) : null;
      return record && typeof record === 'object' ? record : null;
    } catch (e) {
      return null;
    }
  }

  function get(storage, key) {
    try {
      return parse(storage().getItem(key));
    } catch (e) {
      return null;
    }
  }

  function remove(storage, key) {
    try {
      storage().removeItem(key);
    } catch (e) {
      // Nothing stored, nothing to remove.
    }
  }

  // Deletes every copy, of any course and any learner, older than 90 days (or with no date: not ours to keep),
  // and the standalone copies of earlier builds, which everyone on the computer shared.
  function sweep(storage, now) {
    const expired = [];
    try {
      const store = storage();
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (/^scormbuilder:.*:standalone$/.test(key)) {
          expired.push(key);
        } else if (key && key.startsWith('scormbuilder2:')) {
          const record = parse(store.getItem(key));
          const savedAt = record ? Number(record.savedAt) : NaN;
          if (!Number.isFinite(savedAt) || now - savedAt > EXPIRES_MS) {
            expired.push(key);
          }
        }
      }
    } catch (e) {
      // Storage we cannot read holds nothing we can delete.
    }
    expired.forEach(key => remove(storage, key));
  }

  // One learner's copies of one course. local and session are functions giving the storage (each may throw).
  function open({ local, session, storageKey, who, now }) {
    const identified = who !== 'anonymous';
    const main = sb.learner.key(storageKey, who);
    const completed = sb.learner.key(storageKey, who, 'completed');
    // Whether copies go to localStorage: always for an identified learner; for anyone else, only by choice.
    let kept = identified;
    let stopped = false;
    const store = () => (kept ? local : session);

    function put(storage, key, record) {
      if (stopped) {
        return false;
      }
      try {
        storage().setItem(key, JSON.stringify(Object.assign({}, record, { savedAt: now() })));
        return true;
      } catch (e) {
        return false;
      }
    }

    return {
      identified,
      isKept: () => kept,
      isStopped: () => stopped,
      // At launch, a copy someone chose to keep on this computer is theirs to carry on with.
      read() {
        if (!identified && (get(local, main) || get(local, completed))) {
          kept = true;
        }
        return get(store(), main);
      },
      write: record => put(store(), main, record),
      clear: () => remove(store(), main),
      readCompleted: () => get(store(), completed),
      writeCompleted: record => put(store(), completed, record),
      // An earlier build's copy of an identified learner (scormbuilder:<course id>:<student_id>): read once, then gone.
      takeOld(courseId, studentId) {
        if (!identified) {
          return null;
        }
        const key = 'scormbuilder:' + courseId + ':' + studentId;
        const record = get(local, key);
        remove(local, key);
        return record;
      },
      // Moves the copies to where the learner's choice puts them. Says whether the move worked.
      keep(on) {
        if (identified || stopped || on === kept) {
          return !stopped;
        }
        const from = store();
        const to = on ? local : session;
        try {
          to().getItem(main);
        } catch (e) {
          return false;
        }
        const moved = [main, completed].every(key => {
          const record = get(from, key);
          return !record || put(to, key, record);
        });
        if (!moved) {
          [main, completed].forEach(key => remove(to, key));
          return false;
        }
        [main, completed].forEach(key => remove(from, key));
        kept = on;
        return true;
      },
      // Every copy of this course for this learner, wherever it is; nothing more is written from this page.
      forget() {
        stopped = true;
        [local, session].forEach(storage => [main, completed].forEach(key => remove(storage, key)));
      },
    };
  }

  return { open, sweep, EXPIRES_MS };
})();
