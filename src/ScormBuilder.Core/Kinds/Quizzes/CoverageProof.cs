using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Teaching;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>One thing every attempt must ask about (an outcome or a session), and the questions that do.</summary>
internal sealed record CoverRequirement(string What, string Id, IReadOnlyList<string> QuestionIds);

/// <summary>
/// The proof that a covering draw exists. templates/runtime/draw.js meets the requirements in order: for the first
/// one no question yet drawn meets, it tries each question that does (in the attempt's random order) wherever a
/// draw still has room, and backtracks when the rest cannot be met. Any covering draw holds a question for that
/// requirement, so the search finds one whenever one exists: the build runs the same search, in the author's order,
/// and refuses the draw (SB2058) when it finds none.
/// </summary>
internal static class CoverageProof
{
    /// <summary>What the quiz's draw must cover, in course order: each outcome, then each session.</summary>
    public static IReadOnlyList<CoverRequirement> RequirementsOf(Course course, Quiz quiz)
    {
        if (quiz.Draw.Cover is not { } cover)
        {
            return [];
        }

        var outcomes = cover.Outcomes
            ? course.Outcomes.Select(o => new CoverRequirement("outcome", o.Id,
                [.. quiz.Questions.Where(q => q.Outcomes.Any(r => r.Id == o.Id)).Select(q => q.Id)]))
            : [];
        var sessions = cover.Sessions
            ? course.TeachingParts.Select(s => new CoverRequirement("session", s.Id,
                [.. quiz.Questions.Where(q => q.Session.Id == s.Id).Select(q => q.Id)]))
            : [];
        return [.. outcomes, .. sessions];
    }

    /// <summary>Whether some draw the quiz allows meets every one of <paramref name="requirements"/>.</summary>
    public static bool CanCover(Quiz quiz, IReadOnlyList<CoverRequirement> requirements)
    {
        var draws = quiz.Draw.Draws.Count == 0 ? [new PoolDraw(null, quiz.Questions.Count, quiz.IdLocation)] : quiz.Draw.Draws;
        var left = draws.Select(d => d.Count).ToArray();
        var pools = quiz.Questions.ToDictionary(q => q.Id, quiz.Draw.PoolOf, StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);

        int DrawWithRoom(string id)
        {
            for (var i = 0; i < draws.Count; i++)
            {
                if (left[i] > 0 && (draws[i].Pool is null || draws[i].Pool == pools[id]))
                {
                    return i;
                }
            }

            return -1;
        }

        bool Search(int from)
        {
            var open = from;
            while (open < requirements.Count && requirements[open].QuestionIds.Any(taken.Contains))
            {
                open++;
            }

            if (open == requirements.Count)
            {
                return true;
            }

            foreach (var id in requirements[open].QuestionIds.Where(id => !taken.Contains(id) && pools.ContainsKey(id)))
            {
                var draw = DrawWithRoom(id);
                if (draw < 0)
                {
                    continue;
                }

                taken.Add(id);
                left[draw]--;
                if (Search(open + 1))
                {
                    return true;
                }

                taken.Remove(id);
                left[draw]++;
            }

            return false;
        }

        return Search(0);
    }
}

/// <summary>A covering draw that some attempt could not meet is refused at the draw's 'cover:' line.</summary>
internal sealed class CoverageRules : ICourseRule
{
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        if (course.Quiz is not { Draw.Cover: { } cover } quiz)
        {
            return;
        }

        var requirements = CoverageProof.RequirementsOf(course, quiz);
        // The first requirement that cannot be met together with those before it is the one to name.
        var failing = Enumerable.Range(1, requirements.Count).FirstOrDefault(n => !CoverageProof.CanCover(quiz, [.. requirements.Take(n)]));
        if (failing == 0)
        {
            return;
        }

        var requirement = requirements[failing - 1];
        var drawn = quiz.Draw.Draws.Select(d => d.Pool).ToHashSet();
        var inDraw = requirement.QuestionIds.Where(id => quiz.Draw.Draws.Count == 0 || drawn.Contains(null)
            || drawn.Contains(quiz.Draw.PoolOf(quiz.Questions.First(q => q.Id == id)))).ToList();
        var draws = string.Join(", ", quiz.Draw.Draws.Select(d => $"{d.Pool ?? "all questions"}: {d.Count}"));
        var before = requirements.Take(failing - 1).Select(r => r.Id).ToList();
        diagnostics.Report(ValidationDiagnostics.OutcomeCanGoUntested, cover.Location, inDraw.Count == 0 || before.Count == 0
            ? $"{Capital(requirement.What)} {requirement.Id} can go untested: no question in a pool the draw takes from is on it. Give a question in a drawn pool {Tag(requirement)}, or draw from a pool that has one."
            : $"{Capital(requirement.What)} {requirement.Id} can go untested: no attempt of this draw ({draws}) can ask one of its questions ({string.Join(", ", inDraw)}) as well as one on each of {string.Join(", ", before)}. Draw more from their pools, or add questions on it to other pools.");
    }

    private static string Tag(CoverRequirement requirement) =>
        requirement.What == "session" ? $"'session: {requirement.Id}'" : $"'outcomes: [{requirement.Id}]'";

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
