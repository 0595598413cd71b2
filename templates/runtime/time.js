// time.js: the time and date formats of SCORM 1.2 and of the saved state. Pure: no DOM.
sb.time = (() => {
  const pad = (n, width) => String(n).padStart(width, '0');

  // CMITimespan, HHHH:MM:SS.SS.
  function timespan(ms) {
    const cs = Math.max(0, Math.floor(ms / 10));
    return pad(Math.min(Math.floor(cs / 360000), 9999), 4) + ':' + pad(Math.floor(cs / 6000) % 60, 2) + ':' +
      pad(Math.floor(cs / 100) % 60, 2) + '.' + pad(cs % 100, 2);
  }

  // CMITime, HH:MM:SS, in the learner's own clock.
  function clockTime(ms) {
    const at = new Date(ms);
    return pad(at.getHours(), 2) + ':' + pad(at.getMinutes(), 2) + ':' + pad(at.getSeconds(), 2);
  }

  // YYYYMMDD, the saved state's dates.
  function dateStamp(at) {
    return at.getFullYear() + pad(at.getMonth() + 1, 2) + pad(at.getDate(), 2);
  }

  // YYYYMMDD to YYYY-MM-DD, as a date input and a file name want it.
  function isoDate(stamp) {
    return stamp ? stamp.slice(0, 4) + '-' + stamp.slice(4, 6) + '-' + stamp.slice(6) : '';
  }

  // CMITimespan (the LMS's total_time) back to milliseconds; anything else counts as none.
  function msFrom(cmiTime) {
    const match = /^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$/.exec(cmiTime);
    return match ? ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000 : 0;
  }

  return { timespan, clockTime, dateStamp, isoDate, msFrom };
})();
