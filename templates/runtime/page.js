// page.js: the page's shared voices: the live region for announcements, the notice above the content, and the
// alert for progress the LMS has not taken yet.
sb.page = doc => {
  const live = doc.getElementById('sb-live');
  const alertBox = doc.getElementById('sb-alert');
  const notice = doc.getElementById('sb-notice');
  let announcing = false;

  // Messages from one learner action are read as one: a second would replace the first before it was heard.
  function announce(text) {
    if (!live) {
      return;
    }
    live.textContent = announcing ? live.textContent + ' ' + text : text;
    if (!announcing) {
      announcing = true;
      setTimeout(() => { announcing = false; }, 0);
    }
  }

  function showNotice(text) {
    if (notice) {
      notice.textContent = text;
      notice.hidden = false;
    }
  }

  // Shows a warning unless one is showing already.
  function warn(text) {
    if (alertBox && !alertBox.textContent) {
      alertBox.textContent = text;
    }
  }

  // Clears the warning; says whether there was one.
  function clearWarning() {
    if (alertBox && alertBox.textContent) {
      alertBox.textContent = '';
      return true;
    }
    return false;
  }

  return { announce, showNotice, warn, clearWarning };
};
