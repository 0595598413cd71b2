using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>
/// 'draw: { cover: outcomes, pools: [...] }': every attempt asks at least one question on every learning outcome
/// (and, with 'cover: [outcomes, sessions]', on every session), while the rest of the draw stays random.
/// </summary>
public sealed record DrawCover(bool Outcomes, bool Sessions, SourceLocation Location);

/// <summary>Reads the covering form of 'draw:', a mapping with 'cover:' and one of 'pools:', 'per_pool:' or 'count:'.</summary>
internal static class CoverageDrawReader
{
    public static readonly IReadOnlyList<string> Covered = ["outcomes", "sessions"];

    public static readonly YamlKey Cover = new("cover", new AnyOfValue([new ChoiceValue(Covered), new ListValue(new ChoiceValue(Covered))]),
        "What every attempt asks at least one question on: 'outcomes', 'sessions', or both.", Required: true);

    public static readonly YamlKey Pools = new("pools", new ListValue(new MappingValue(QuizShape.OnePoolDraw)),
        "How many each attempt draws from each pool: a list of '{ pool: name, count: n }'.");

    public static readonly YamlKey PerPool = new("per_pool", QuizShape.DrawCount, "How many questions each attempt draws from every pool.");

    public static readonly YamlKey Count = new("count", QuizShape.DrawCount, "How many questions each attempt draws from all of them.");

    public static readonly YamlShape Shape = new("A draw that covers every outcome (or session) in every attempt.", [Cover, Pools, PerPool, Count],
        [
            new YamlKeyRule(Pools.Name, null, new KeyDemand([], [PerPool.Name, Count.Name])),
            new YamlKeyRule(PerPool.Name, null, new KeyDemand([], [Pools.Name, Count.Name])),
            new YamlKeyRule(Count.Name, null, new KeyDemand([], [Pools.Name, PerPool.Name])),
        ]);

    /// <summary>Whether the draw's mapping is the covering form: it has 'cover:'.</summary>
    public static bool IsCovering(YamlNode node) => node is YamlMapping mapping && mapping.Entries.Any(e => e.Key.Value == Cover.Name);

    public static List<PoolDraw> Read(YamlNode node, SourceLocation parent, IReadOnlyList<string> pools, DiagnosticBag diagnostics, out DrawCover? cover)
    {
        cover = null;
        var fields = YamlObject.From(node, parent, "the draw", diagnostics, Shape);
        if (fields is null)
        {
            return [];
        }

        var covered = new List<string>();
        foreach (var value in fields.StringList(Cover.Name, required: true))
        {
            if (Covered.Contains(value.Value))
            {
                covered.Add(value.Value);
            }
            else
            {
                diagnostics.Report(LoadingDiagnostics.InvalidValue, value.Location,
                    $"'cover' is '{DiagnosticText.Quote(value.Value)}', but it must be one of: {string.Join(", ", Covered)}.{Suggest.DidYouMean(value.Value, Covered)}");
            }
        }

        var forms = new[] { Pools, PerPool, Count }.Where(k => fields.Node(k) is not null).ToList();
        List<PoolDraw> draws = [];
        if (forms.Count != 1)
        {
            diagnostics.Report(LoadingDiagnostics.DrawShape, fields.Location,
                "A draw with 'cover:' says what it takes with one of: 'pools:' (a list of '{ pool: name, count: 2 }'), 'per_pool: n' or 'count: n'.");
        }
        else if (forms[0] == Pools && fields.Node(Pools) is YamlSequence list)
        {
            draws = DrawReader.ReadList(list, diagnostics);
        }
        else if (forms[0] != Pools && fields.Int(forms[0]) is { } each)
        {
            draws = forms[0] == Count
                ? [new PoolDraw(null, each, fields.LocationOf(Count))]
                : [.. pools.Select(p => new PoolDraw(p, each, fields.LocationOf(PerPool)))];
        }
        else if (forms[0] == Pools)
        {
            diagnostics.Report(LoadingDiagnostics.WrongValueType, fields.LocationOf(Pools),
                "'pools' must be a list of '{ pool: name, count: 2 }'.");
        }

        fields.ReportUnknownKeys();
        if (covered.Count > 0)
        {
            cover = new DrawCover(covered.Contains("outcomes"), covered.Contains("sessions"), fields.LocationOf(Cover));
        }

        return draws;
    }
}
