namespace ScormBuilder.Releases;

/// <summary>
/// What a change means for a learner part-way through, in the words of the runtime's rules for a rebuilt
/// course (docs/lms.md): saved state is read by id, and what the new build still has is kept. The rules are those
/// of templates/runtime/saved-state.js (parts visited), quiz.js (answers, attempts, the draw), check.js,
/// scenario.js (the place and path) and reflection.js (answers by prompt).
/// </summary>
internal static class LearnerImpact
{
    public const string TextChanged =
        "Progress kept: the part stays visited and nothing saved refers to text. Learners who already read it see the change only if they go back.";

    public static string PartAdded(PartContent part) => part.Required
        ? "Progress kept. The part is required: learners who have not yet completed the course must also complete it; a completion the LMS already holds is never taken back."
        : "Progress kept. The part is optional, so no learner's completion depends on it.";

    public static string PartRemoved(PartContent part) =>
        "Saved progress on this part is dropped (its visit" + part.Kind switch
        {
            "quiz" => ", the quiz's attempts, score, draw and answers",
            "scenario" => ", the learner's place in the scenario and the endings reached",
            "reflection" => ", the reflection's answers",
            _ => "",
        } + "). A learner whose place was in it resumes at the first required part not yet done; progress elsewhere is kept.";

    public static string Added(ContentBlock block) => block.Kind switch
    {
        BlockKind.Question =>
            "Progress kept: attempts, result, score and saved answers. An attempt in progress keeps the questions it drew, so the new question can be asked from the learner's next attempt (at once in a quiz that asks every question without drawing).",
        BlockKind.Check => "Progress kept. Learners meet the new check when they open the part.",
        BlockKind.ScenarioNode => "Progress kept: the learner's place in the scenario and the endings reached stay. The node is met on a path that leads to it.",
        _ => "Progress kept: saved reflection answers stay, and the new prompt starts empty.",
    };

    public static string Removed(ContentBlock block) => block.Kind switch
    {
        BlockKind.Question =>
            "The saved answer to it is dropped. An attempt in progress that drew it is drawn again, so the learner gets a new set of questions; a learner who passed keeps the draw they passed with. Attempts, result and score are kept: the quiz does not restart.",
        BlockKind.Check => "The saved answer to this check is dropped; nothing else changes.",
        BlockKind.ScenarioNode =>
            "A learner whose place or saved path includes this node starts the scenario again from its first node. Endings reached are kept while they are still endings.",
        _ => "The answer saved for this prompt is dropped; the other answers are kept.",
    };

    public static string Reworded(ContentBlock before, ContentBlock after)
    {
        var dropped = before.Options.Where(o => !after.Options.Contains(o)).ToArray();
        var ticks = dropped.Length == 0 ? "" : $" Ticks on the options removed ({string.Join(", ", dropped)}) are dropped.";
        return after.Kind switch
        {
            BlockKind.Question => "Progress kept: the saved answer is kept by option id, and attempts, result and score stay." + ticks,
            BlockKind.Check => "Progress kept: the saved answer is kept by option id." + ticks +
                (ticks.Length > 0 ? " An answer that lost a tick is shown as not yet checked." : ""),
            BlockKind.ScenarioNode => "Progress kept: a learner at this node sees the new text.",
            _ => "Progress kept: the saved answer stays under the new wording (cut to the prompt's length limit if that is now shorter).",
        };
    }

    public static string KeyChanged(ContentBlock block) => block.Kind switch
    {
        BlockKind.Question =>
            "Saved answers are kept as ticked, and the stored result and score are not marked again: a learner who passed stays passed, and the new key counts from their next submission.",
        BlockKind.Check => "The saved answer is kept and stays checked; its feedback now follows the new key.",
        _ => "A learner whose saved path no longer follows the node's choices starts the scenario again from its first node. Endings reached are kept while they are still endings.",
    };
}
