using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// One section of the learner runtime's saved state (<c>cmi.suspend_data</c>) at its longest for a course: its
/// one-letter tag and the longest each of its items can be, in UTF-16 code units as JavaScript counts them.
/// </summary>
/// <param name="Tag">The section's tag in the format (README, "Learner runtime").</param>
/// <param name="Label">What the section holds, as diagnostics name it ("reflection answers").</param>
/// <param name="ItemLengths">The longest each item can be.</param>
/// <param name="Owner">Where an author would act to make it smaller.</param>
/// <param name="Advice">What the author can do when this section is the largest.</param>
internal sealed record SavedStateSection(char Tag, string Label, IReadOnlyList<int> ItemLengths, SourceLocation Owner, string Advice)
{
    // ";x:" then the items joined by commas; an empty section is left out.
    public int Length => ItemLengths.Count == 0 ? 0 : 3 + ItemLengths.Sum() + (ItemLengths.Count - 1);

    /// <summary>Free text is written as "length:text", so any character costs exactly one code unit.</summary>
    public static int CountedText(int maxLength) => Digits(maxLength) + 1 + maxLength;

    public static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
}

/// <summary>What a kind of part adds to the learner's saved state, for the build's worst-case budget.</summary>
internal interface ISavedStateContributor
{
    IEnumerable<SavedStateSection> Sections(Course course);
}
