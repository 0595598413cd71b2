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

  // Whether a saved YYYYMMDD is a real day from 2000 to 2199. Saved progress can be damaged or forged
  // ("99999999" would read "7 June 10007", "00000000" "30 November 1899"): anything else counts as no date.
  function isDateStamp(stamp) {
    const match = /^(\d{4})(\d{2})(\d{2})$/.exec(typeof stamp === 'string' ? stamp : '');
    if (!match) {
      return false;
    }
    const [year, month, day] = match.slice(1).map(Number);
    const at = new Date(year, month - 1, day);
    return year >= 2000 && year <= 2199 && at.getFullYear() === year && at.getMonth() === month - 1 && at.getDate() === day;
  }

  // YYYYMMDD to YYYY-MM-DD, as a date input and a file name want it; no date for anything else.
  function isoDate(stamp) {
    return isDateStamp(stamp) ? stamp.slice(0, 4) + '-' + stamp.slice(4, 6) + '-' + stamp.slice(6) : '';
  }

  // YYYYMMDD as the learner reads a date ("5 January 2026" in en-GB); '' for anything that is not a date.
  function longDate(stamp, lang) {
    if (!isDateStamp(stamp)) {
      return '';
    }
    const at = new Date(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8)));
    return at.toLocaleDateString(lang || undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  }

  // The LMS's total_time back to milliseconds. LMSs send HHHH:MM:SS.SS with 1 to 4 hour digits, or bare seconds
  // ("60"); anything else (NaN:aN:aN, negative, over 9,999 hours) counts as none.
  function msFrom(cmiTime) {
    const text = String(cmiTime);
    const match = /^(\d{1,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$/.exec(text);
    const seconds = match ? (Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])
      : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : 0;
    return seconds <= 9999 * 3600 ? seconds * 1000 : 0;
  }

  return { timespan, clockTime, dateStamp, isDateStamp, isoDate, longDate, msFrom };
})();
