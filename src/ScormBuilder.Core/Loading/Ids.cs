using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>The rules for the stable ids that learners' saved progress and the manifest refer to.</summary>
internal static partial class Ids
{
    public const int MaxLength = 64;

    /// <summary>A letter first, then letters, digits, '-' or '_', at most <see cref="MaxLength"/> characters.</summary>
    public const string Pattern = "^[A-Za-z][A-Za-z0-9_-]{0,63}$";

    /// <summary>Reads a required id and checks its form: a letter first, then letters, digits, '-' or '_'.</summary>
    public static string? Read(YamlObject fields, string key = "id")
    {
        var id = fields.String(key, required: true);
        return id is not null && Check(id, fields.LocationOf(key), fields.Diagnostics) ? id : null;
    }

    public static bool Check(string id, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (IdPattern().IsMatch(id))
        {
            return true;
        }

        var hint = id.Length > 0 && char.IsAsciiDigit(id[0])
            ? $" It starts with a digit, which SCORM manifests do not allow; try 'id-{id}'."
            : "";
        diagnostics.Report(LoadingDiagnostics.InvalidId, location,
            $"'{DiagnosticText.Quote(id)}' is not a valid id. Use a letter first, then only letters, digits, '-' or '_' (at most {MaxLength} characters).{hint}");
        return false;
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex IdPattern();
}
