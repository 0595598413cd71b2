using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>What every course saves whatever its kinds: the parts visited and the day it was first completed.</summary>
internal sealed class CourseSavedState : ISavedStateContributor
{
    private const string Advice = "Use fewer parts, or shorter part ids.";

    public SavedStateItems? ItemsOf(string each, Course course) => each switch
    {
        "part" => new([.. course.Parts.Select(p => new SavedStateItem(p.Id))], "parts visited", course.Location, Advice),
        "course" => new([new SavedStateItem(course.Id)], "completion date", course.Location, Advice),
        _ => null,
    };
}
