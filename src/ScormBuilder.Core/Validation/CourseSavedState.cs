using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>What every course saves whatever its kinds: the parts visited and the day it was first completed.</summary>
internal sealed class CourseSavedState : ISavedStateContributor
{
    private const int DateDigits = 8;

    public IEnumerable<SavedStateSection> Sections(Course course)
    {
        const string advice = "Use fewer parts, or shorter part ids.";
        yield return new SavedStateSection('v', "parts visited", [.. course.Parts.Select(p => p.Id.Length)], course.Location, advice);
        yield return new SavedStateSection('d', "completion date", [DateDigits], course.Location, advice);
    }
}
