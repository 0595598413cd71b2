using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// The status the LMS hears follows the same rule as the progress bar (both take completion.js's): a kind that
/// says when its parts are done (a scenario once an ending is reached) holds back completion until then, not
/// merely until it is opened.
/// </summary>
public sealed class CourseStatusTests
{
    [Theory]
    [InlineData(false, "incomplete")]
    [InlineData(true, "completed")]
    public void Should_complete_only_when_every_required_part_is_done_by_its_own_rule(bool endingReached, string status)
    {
        var js = RuntimeModules.Load("time.js", "course.js", "saved-state.js", "completion.js");
        js.SetValue("endingReached", endingReached);
        js.Execute("""
            const course = sb.course({ id: 'c', storageKey: 'c.0', failedQuizStatus: 'incomplete', parts: [
              { id: 'welcome', kind: 'page', required: true }, { id: 'sc-call', kind: 'scenario', required: true },
              { id: 'more', kind: 'page', required: false }] });
            const state = sb.savedState(sb.savedStateFormat).blank(course);
            state.visited.add('welcome');
            state.visited.add('sc-call');
            sb.kinds = { scenario: { done: part => part.id === 'sc-call' && endingReached } };
            var completion = sb.completion({ course, state });
            """);

        Assert.Equal(status, js.Evaluate("completion.courseStatus()").AsString());
        Assert.Equal(endingReached, js.Evaluate("completion.partDone(course.partById.get('sc-call'))").AsBoolean());
    }
}
