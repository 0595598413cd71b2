namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// A fake SCORM 1.2 API and fake timers for runtime modules under Jint: timers run only when a test calls
/// <c>advance(ms)</c>; the API logs every call in <c>calls</c>, keeps values in <c>stored</c>, and
/// <c>failNext(name, times, code)</c> makes the next calls of a function fail with that error code.
/// </summary>
internal static class FakeLms
{
    public const string Script = """
        var clock = 0, timers = [];
        function setTimeout(run, delay) { timers.push({ run, at: clock + delay }); return timers.length; }
        function clearTimeout(id) { if (id) { timers[id - 1].cleared = true; } }
        function advance(ms) {
          clock += ms;
          timers.forEach(t => { if (!t.cleared && !t.ran && t.at <= clock) { t.ran = true; t.run(); } });
        }
        var calls = [], stored = {}, failing = {};
        function failNext(name, times, code) { failing[name] = { times, code }; }
        let lastError = '0';
        const answer = (name, ok) => {
          const f = failing[name];
          if (f && f.times > 0) { f.times--; lastError = f.code; return 'false'; }
          lastError = '0';
          return ok();
        };
        var api = {
          LMSInitialize: () => answer('LMSInitialize', () => 'true'),
          LMSGetValue: e => { calls.push('get ' + e); return answer('LMSGetValue', () => stored[e] || ''); },
          LMSSetValue: (e, v) => { calls.push('set ' + e + '=' + v); return answer('LMSSetValue', () => { stored[e] = v; return 'true'; }); },
          LMSCommit: () => { calls.push('commit'); return answer('LMSCommit', () => 'true'); },
          LMSFinish: () => { calls.push('finish'); return answer('LMSFinish', () => 'true'); },
          LMSGetLastError: () => lastError,
        };
        """;
}
