using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>A cross-file rule on the loaded course. Rules read the model only: no files, no rendering.</summary>
internal interface ICourseRule
{
    void Check(Course course, DiagnosticBag diagnostics);
}
