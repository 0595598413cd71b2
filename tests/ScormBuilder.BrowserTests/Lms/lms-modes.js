// How particular LMSs differ from scorm-again (NHS Learning Hub), and the LMS's server for pages that are gone
// by the time a test reads them: the LMS page sends what it holds as beacons to /lms/store/{launch id}.
(function () {
  'use strict';

  var INTERACTION_ELEMENT = /^cmi\.interactions\.(\d+)\.(.+)$/;

  function learningHub(api, log, violate) {
    return {
      // Where Learning Hub throws, and its alert on a commit after finish (which must never happen).
      before: function (name, call) {
        var element = call.args[0] || '';
        var match = INTERACTION_ELEMENT.exec(element);
        if (name === 'LMSGetValue' && element === 'cmi.comments') {
          violate('comments-read', 'LMSGetValue("cmi.comments"): Learning Hub throws a TypeError (it holds comments: null).', call);
          call.threw = true;
          throw new TypeError("Cannot read properties of null (reading 'toString')");
        }
        if (name === 'LMSSetValue' && match && Number(match[1]) > api.cmi.interactions.childArray.length) {
          violate('interaction-out-of-order', 'LMSSetValue("' + element + '") before interaction ' + (Number(match[1]) - 1) +
            ' was written: Learning Hub throws a TypeError.', call);
          call.threw = true;
          throw new TypeError("Cannot set properties of undefined (setting '" + match[2] + "')");
        }
        if (name === 'LMSCommit' && log.finished) {
          window.alert('Learning Hub: there was a problem saving your progress.');
        }
      },
      // Booleans and a numeric error code; the log keeps scorm-again's strings.
      shape: function (name, result) {
        if (name === 'LMSSetValue' || name === 'LMSCommit') {
          return result === 'true';
        }
        return name === 'LMSGetLastError' ? Number(result) : result;
      }
    };
  }

  function server(launch, state) {
    var sent = { calls: 0, chunk: 0 };
    function clip(text) {
      return text && text.length > 300 ? text.slice(0, 300) : text;
    }
    return {
      // Only the calls not sent yet, arguments clipped, so that every beacon stays far below its 64 KB.
      send: function () {
        var log = state();
        var calls = log.allCalls.slice(sent.calls).map(function (c) {
          return Object.assign({}, c, { args: c.args.map(clip) });
        });
        sent.calls = log.allCalls.length;
        delete log.allCalls;
        var body = JSON.stringify({ chunk: sent.chunk++, calls: calls, state: log });
        navigator.sendBeacon('/lms/store/' + encodeURIComponent(launch.id || 'none'), body);
      }
    };
  }

  window.LmsModes = {
    HUB_INTERACTION_CHILDREN: 'id,objectives,time,type,correct_responses,weighting,student_response,result,latancy',
    none: { before: function () {}, shape: function (name, result) { return result; } },
    learningHub: learningHub,
    server: server
  };
})();
