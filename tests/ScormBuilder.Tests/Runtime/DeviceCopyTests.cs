using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// learner.js and device-copy.js, loaded alone with a fake storage: who may keep a copy in this browser, under
/// which key, for how long, and that storage which refuses us never stops the course.
/// </summary>
public sealed class DeviceCopyTests
{
    private const long Day = 24L * 60 * 60 * 1000;
    private const long Now = 1_800_000_000_000;

    private readonly Engine _js = RuntimeModules.Load("learner.js", "device-copy.js");

    public DeviceCopyTests() => _js.Execute($$"""
        const now = {{Now}};
        function fakeStorage(items) {
          items = items || {};
          return { items, writes: [], get length() { return Object.keys(items).length; },
            key(i) { const keys = Object.keys(items); return i < keys.length ? keys[i] : null; },
            getItem(k) { return k in items ? items[k] : null; },
            setItem(k, v) { this.writes.push(k); items[k] = String(v); }, removeItem(k) { delete items[k]; } };
        }
        const broken = () => { throw new Error('SecurityError'); };
        var local = fakeStorage(), session = fakeStorage();
        function open(who) {
          return sb.deviceCopy.open({ local: () => local, session: () => session, storageKey: 'c1.abcdef012345', who, now: () => now });
        }
        const keys = storage => Object.keys(storage.items).sort().join(',');
        """);

    [Theory]
    [InlineData("'u1'", "id-u1")]
    [InlineData("'Jane Doe/7'", "id-Jane%20Doe%2F7")]
    [InlineData("42", "id-42")]
    [InlineData("null", "anonymous")]
    [InlineData("undefined", "anonymous")]
    [InlineData("'null'", "anonymous")]
    [InlineData("'undefined'", "anonymous")]
    [InlineData("''", "anonymous")]
    [InlineData("'   '", "anonymous")]
    public void Should_identify_a_learner_only_by_a_real_student_id(string studentId, string expected) =>
        Assert.Equal(expected, Evaluate($"sb.learner.who({studentId})"));

    [Fact]
    public void Should_file_copies_under_the_course_storage_key_and_the_learner() =>
        Assert.Equal("scormbuilder2:c1.abcdef012345:id-u1|scormbuilder2:c1.abcdef012345:anonymous:completed",
            Evaluate("sb.learner.key('c1.abcdef012345', sb.learner.who('u1')) + '|' + sb.learner.key('c1.abcdef012345', 'anonymous', 'completed')"));

    [Theory]
    [InlineData("Doe, Jane", "Jane Doe")]
    [InlineData("Doe,Jane", "Jane Doe")]
    [InlineData("  Smith-Jones ,  Mary Ann ", "Mary Ann Smith-Jones")]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("Doe,", "Doe")]
    [InlineData("O'Brien, Siobhán", "Siobhán O'Brien")]
    [InlineData("null", "")]
    [InlineData("", "")]
    public void Should_show_a_name_as_first_then_last(string studentName, string expected)
    {
        _js.SetValue("studentName", studentName);

        Assert.Equal(expected, Evaluate("sb.learner.displayName(studentName)"));
    }

    [Fact]
    public void Should_sweep_expired_copies_of_any_course_and_the_old_shared_copies_but_nothing_else()
    {
        var result = Evaluate($$"""
            const fresh = JSON.stringify({ savedAt: now - 89 * {{Day}}, data: 'sb1' });
            const old = JSON.stringify({ savedAt: now - 91 * {{Day}}, data: 'sb1' });
            local = fakeStorage({
              'scormbuilder2:c1.abcdef012345:id-u1': fresh,
              'scormbuilder2:c1.abcdef012345:id-u2': old,
              'scormbuilder2:c1.abcdef012345:id-u2:completed': old,
              'scormbuilder2:c2.000000000000:anonymous': fresh,
              'scormbuilder2:c2.000000000000:id-u1:completed': old,
              'scormbuilder2:c3.000000000000:id-u1': JSON.stringify({ data: 'sb1' }),
              'scormbuilder2:c3.000000000000:id-u3': '{broken',
              'scormbuilder:c1:standalone': fresh,
              'scormbuilder:c9:standalone': fresh,
              'scormbuilder:c1:u1': fresh,
              'another-app': old,
            });
            sb.deviceCopy.sweep(() => local, now);
            keys(local)
            """);

        Assert.Equal("another-app,scormbuilder2:c1.abcdef012345:id-u1,scormbuilder2:c2.000000000000:anonymous,scormbuilder:c1:u1", result);
    }

    [Fact]
    public void Should_keep_an_identified_copy_in_local_storage_with_its_date()
    {
        var result = Evaluate("""
            const copy = open('id-u1');
            copy.write({ data: 'sb1;v:welcome', loc: 'welcome' });
            copy.writeCompleted({ data: 'sb1', completed: '20260105' });
            [keys(local), keys(session), JSON.parse(local.items['scormbuilder2:c1.abcdef012345:id-u1']).savedAt === now, copy.read().loc].join('|')
            """);

        Assert.Equal("scormbuilder2:c1.abcdef012345:id-u1,scormbuilder2:c1.abcdef012345:id-u1:completed||true|welcome", result);
    }

    [Fact]
    public void Should_write_nothing_of_an_unidentified_learner_to_local_storage_until_they_choose_to_keep_it()
    {
        var result = Evaluate("""
            const copy = open('anonymous');
            const before = [copy.read(), copy.write({ data: 'sb1;v:welcome' }), copy.writeCompleted({ data: 'sb1' }), local.writes.length, keys(session)].join('|');
            const kept = copy.keep(true);
            const ticked = [kept, keys(local), keys(session)].join('|');
            copy.keep(false);
            const unticked = [keys(local), keys(session), copy.read().data].join('|');
            [before, ticked, unticked].join(' / ')
            """);

        Assert.Equal("|true|true|0|scormbuilder2:c1.abcdef012345:anonymous,scormbuilder2:c1.abcdef012345:anonymous:completed" +
            " / true|scormbuilder2:c1.abcdef012345:anonymous,scormbuilder2:c1.abcdef012345:anonymous:completed|" +
            " / |scormbuilder2:c1.abcdef012345:anonymous,scormbuilder2:c1.abcdef012345:anonymous:completed|sb1;v:welcome", result);
    }

    [Fact]
    public void Should_find_a_kept_copy_at_launch_and_show_the_choice_as_made()
    {
        var result = Evaluate("""
            local.items['scormbuilder2:c1.abcdef012345:anonymous'] = JSON.stringify({ savedAt: now, data: 'sb1;v:kept' });
            session.items['scormbuilder2:c1.abcdef012345:anonymous'] = JSON.stringify({ savedAt: now, data: 'sb1;v:tab' });
            const copy = open('anonymous');
            const launch = [copy.isKept(), copy.read().data, copy.isKept()];
            delete local.items['scormbuilder2:c1.abcdef012345:anonymous'];
            const fresh = open('anonymous');
            [...launch, fresh.read().data, fresh.isKept()].join('|')
            """);

        Assert.Equal("false|sb1;v:kept|true|sb1;v:tab|false", result);
    }

    [Fact]
    public void Should_remove_every_copy_of_this_learner_and_write_nothing_after()
    {
        var result = Evaluate("""
            local.items['scormbuilder2:c1.abcdef012345:id-u2'] = '{}';
            local.items['scormbuilder2:c2.000000000000:id-u1'] = '{}';
            session.items['scormbuilder2:c1.abcdef012345:id-u1'] = '{}';
            const copy = open('id-u1');
            copy.write({ data: 'sb1' });
            copy.writeCompleted({ data: 'sb1' });
            copy.forget();
            const writes = local.writes.length;
            [copy.write({ data: 'sb1' }), copy.writeCompleted({ data: 'sb1' }), local.writes.length === writes, keys(local), keys(session)].join('|')
            """);

        Assert.Equal("false|false|true|scormbuilder2:c1.abcdef012345:id-u2,scormbuilder2:c2.000000000000:id-u1|", result);
    }

    [Fact]
    public void Should_read_an_earlier_builds_identified_copy_once()
    {
        var result = Evaluate("""
            local.items['scormbuilder:c1:u1'] = JSON.stringify({ base: '', data: 'sb1;v:old' });
            local.items['scormbuilder:c1:u2'] = JSON.stringify({ base: '', data: 'sb1;v:other' });
            const first = open('id-u1').takeOld('c1', 'u1');
            const again = open('id-u1').takeOld('c1', 'u1');
            const anonymous = open('anonymous').takeOld('c1', 'u2');
            [first.data, again, anonymous, keys(local)].join('|')
            """);

        Assert.Equal("sb1;v:old|||scormbuilder:c1:u2", result);
    }

    [Fact]
    public void Should_carry_on_without_storage_that_throws_or_is_full()
    {
        var result = Evaluate("""
            const none = sb.deviceCopy.open({ local: broken, session: broken, storageKey: 'c1.abcdef012345', who: 'anonymous', now: () => now });
            sb.deviceCopy.sweep(broken, now);
            const full = fakeStorage();
            full.setItem = () => { throw new Error('QuotaExceededError'); };
            session = full;
            const copy = open('anonymous');
            [none.read(), none.write({ data: 'sb1' }), none.keep(true), none.isKept(), copy.write({ data: 'sb1' }), none.forget()].join('|')
            """);

        Assert.Equal("|false|false|false|false|", result);
    }

    private string Evaluate(string script) => _js.Evaluate(script).ToString();
}
