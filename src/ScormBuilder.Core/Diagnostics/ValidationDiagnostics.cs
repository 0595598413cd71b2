using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>SB2xxx: the problems found by checking the loaded course as a whole, across its files.</summary>
public static class ValidationDiagnostics
{
    public static readonly DiagnosticDescriptor DuplicateId = Error(DiagnosticCodes.DuplicateId, "Id used twice",
        "Ids are unique where they are looked up: parts in the course, questions in a quiz, nodes in a scenario, items in a question. Example fix: rename the second 'id: q1' to 'id: q2'.");

    public static readonly DiagnosticDescriptor WrongCorrectAnswerCount = Error(DiagnosticCodes.WrongCorrectAnswerCount, "Wrong number of correct answers",
        "A single-choice or true/false question has exactly one correct answer; a multiple-choice one at least one. Example fix: add 'correct: true' to the right option.");

    public static readonly DiagnosticDescriptor UnknownSession = Error(DiagnosticCodes.UnknownSession, "Unknown session",
        "A reference names a session the course does not have. Example fix: 'session: intro' names a session whose front matter says 'id: intro'.");

    public static readonly DiagnosticDescriptor UnknownOutcome = Error(DiagnosticCodes.UnknownOutcome, "Unknown learning outcome",
        "A part or question names an outcome that course.yaml does not define. Example fix: add '- id: lo3' under 'outcomes:' in course.yaml, or correct the id.");

    public static readonly DiagnosticDescriptor OutcomeNotTaught = Error(DiagnosticCodes.OutcomeNotTaught, "Outcome no session teaches",
        "Every learning outcome is taught by a session. Example fix: add 'outcomes: [lo2]' to the session that covers it.");

    public static readonly DiagnosticDescriptor OutcomeNotAssessed = Error(DiagnosticCodes.OutcomeNotAssessed, "Outcome no question assesses",
        "Every learning outcome is assessed by a quiz question. Example fix: add 'outcomes: [lo2]' to a question that tests it.");

    public static readonly DiagnosticDescriptor CaseStudyNotLinked = Error(DiagnosticCodes.CaseStudyNotLinked, "Case study no session links to",
        "A case study is reached from the session it illustrates. Example fix: add '[The audit](../case-studies/audit.md)' to that session.");

    public static readonly DiagnosticDescriptor MasteryScoreMismatch = Error(DiagnosticCodes.MasteryScoreMismatch, "Mastery score differs from the pass mark",
        "The LMS's mastery_score and the quiz's pass_mark judge the same pass. Example fix: make 'mastery_score: 80' and 'pass_mark: 80' equal.");

    public static readonly DiagnosticDescriptor MediaFileMissing = Error(DiagnosticCodes.MediaFileMissing, "Media file missing",
        "An image or link names a course file that does not exist. Example fix: add course/media/diagram.png, or correct the path.");

    public static readonly DiagnosticDescriptor SuspendDataTooLarge = Error(DiagnosticCodes.SuspendDataTooLarge, "Saved progress too large",
        "The learner's saved progress could pass the 4,096 characters SCORM 1.2 LMSs must keep. Example fix: shorten reflection prompts or split the course.");

    public static readonly DiagnosticDescriptor SuspendDataLarge = Warning(DiagnosticCodes.SuspendDataLarge, "Saved progress close to the limit",
        "The learner's saved progress could reach more than 90% of the 4,096 characters SCORM 1.2 guarantees. Example fix: check again when you add prompts, actions or questions.");

    public static readonly DiagnosticDescriptor TooFewOptions = Error(DiagnosticCodes.TooFewOptions, "Question with too few options",
        "A choice question offers at least two options. Example fix: add a second '- id: b' option.");

    public static readonly DiagnosticDescriptor UnsupportedMediaType = Error(DiagnosticCodes.UnsupportedMediaType, "Media type not supported",
        "The package carries only the media types docs/authoring.md lists (Media). Example fix: convert diagram.bmp to diagram.png.");

    public static readonly DiagnosticDescriptor TrackedIdRemoved = Warning(DiagnosticCodes.TrackedIdRemoved, "Tracked id removed since the last release",
        "An id in tracking.lock is gone from the course, so learners lose progress saved on it. Example fix: restore the old id, or run 'scormbuilder build --update-lock' if you removed it on purpose.");

    public static readonly DiagnosticDescriptor NoLockFile = Warning(DiagnosticCodes.NoLockFile, "No tracking.lock",
        "Without tracking.lock nothing warns that a change loses learners' saved progress. Example fix: run 'scormbuilder build --update-lock' and commit the file.");

    public static readonly DiagnosticDescriptor NothingToComplete = Error(DiagnosticCodes.NothingToComplete, "Nothing to complete",
        "A course needs at least one part a learner completes. Example fix: list '- sessions/01-intro.md' under 'parts:'.");

    public static readonly DiagnosticDescriptor UnsafeSvg = Error(DiagnosticCodes.UnsafeSvg, "Unsafe SVG",
        "An SVG is a plain drawing: no script, no event attributes, no external references. Example fix: remove the <script> element, or export the drawing as PNG.");

    public static readonly DiagnosticDescriptor MediaContentMismatch = Error(DiagnosticCodes.MediaContentMismatch, "File content differs from its extension",
        "A media file starts as its extension says. Example fix: rename photo.png that holds a JPEG to photo.jpg.");

    public static readonly DiagnosticDescriptor UnknownNode = Error(DiagnosticCodes.UnknownNode, "Unknown scenario node",
        "A 'start' or 'goto' names a node the scenario does not have. Example fix: 'goto: ask-manger' becomes 'goto: ask-manager'.");

    public static readonly DiagnosticDescriptor UnreachableNode = Error(DiagnosticCodes.UnreachableNode, "Unreachable scenario node",
        "No path from 'start' reaches the node, so no learner sees it. Example fix: point a choice at it with 'goto: <node>', or delete it.");

    public static readonly DiagnosticDescriptor ScenarioWithoutEnding = Error(DiagnosticCodes.ScenarioWithoutEnding, "Scenario without an ending",
        "A scenario has at least one ending. Example fix: add a node with 'ending: good' and a 'debrief:'.");

    public static readonly DiagnosticDescriptor NoWayToAnEnding = Error(DiagnosticCodes.NoWayToAnEnding, "No way to an ending",
        "From some node no choice ever reaches an ending, such as a cycle with no way out. Example fix: give one of its choices 'goto:' an ending node.");

    public static readonly DiagnosticDescriptor UnknownTarget = Error(DiagnosticCodes.UnknownTarget, "Unknown matching target",
        "A matching item names a target not under 'targets:'. Example fix: 'target: z' becomes one of the question's target ids.");

    public static readonly DiagnosticDescriptor TooFewItems = Error(DiagnosticCodes.TooFewItems, "Too few items",
        "A matching question has at least two pairs, an ordering question at least two items. Example fix: add a second item.");

    public static readonly DiagnosticDescriptor TooManyItems = Error(DiagnosticCodes.TooManyItems, "Too many items",
        "SCORM 1.2 records each item and target as one character (a–z, 0–9), so a question has at most 36. Example fix: split the question in two.");

    public static readonly DiagnosticDescriptor PoolSmallerThanDraw = Error(DiagnosticCodes.PoolSmallerThanDraw, "Pool smaller than its draw",
        "A draw takes more questions from a pool than it holds. Example fix: 'draw: {basics: 5}' becomes 'draw: {basics: 3}' for a pool of three.");

    public static readonly DiagnosticDescriptor UnknownPool = Error(DiagnosticCodes.UnknownPool, "Unknown pool",
        "A draw names a pool no question is in. Example fix: correct the pool's name, or add 'pool: basics' to its questions.");

    public static readonly DiagnosticDescriptor DrawOutOfRange = Error(DiagnosticCodes.DrawOutOfRange, "Draw out of range",
        "A draw takes at least one question and at most as many as the quiz has. Example fix: 'draw: 0' becomes 'draw: 5'.");

    public static readonly DiagnosticDescriptor PoolNeverDrawn = Warning(DiagnosticCodes.PoolNeverDrawn, "Pool never drawn",
        "Questions in a pool the draw never takes from are never seen. Example fix: add the pool to 'draw:', or remove its questions.");

    public static readonly DiagnosticDescriptor SectionSplit = Error(DiagnosticCodes.SectionSplit, "Section split in two",
        "A section's paragraphs stay together; a section that starts again after another is refused. Example fix: move the second 'So what?' paragraph up to the first.");

    public static readonly DiagnosticDescriptor QuizWithoutQuestions = Error(DiagnosticCodes.QuizWithoutQuestions, "Quiz without questions",
        "A quiz asks at least one question. Example fix: add a question under 'questions:' in quiz.yaml.",
        "The quiz has no questions. Add at least one under 'questions:'.");

    public static readonly DiagnosticDescriptor TooFewChoices = Error(DiagnosticCodes.TooFewChoices, "Scenario decision with too few choices",
        "A decision node offers at least two choices. Example fix: add a second choice, or make the node an ending, or join its text to the node before.",
        "Node '{0}' has {1} choice(s). A decision needs at least two; with nothing to decide, make it an ending, or join its text to the node before.");

    // The item-writing checks (docs/item-writing.md): reported under --lint; a question may allow one with a reason.
    public static readonly DiagnosticDescriptor KeyIsLongest = Lint(DiagnosticCodes.KeyIsLongest, "Key is the longest option",
        "Learners who guess pick the longest option, so a key longer than its distractors (or within 10% of the longest) gives itself away (NBME; Haladyna et al. 2002, guideline 24). Example fix: 'Report it through your employer's incident process straight away' beside 'Delete it' becomes 'Report it' beside distractors as long as it.");

    public static readonly DiagnosticDescriptor AllOrNoneOfTheAbove = Lint(DiagnosticCodes.AllOrNoneOfTheAbove, "All or none of the above",
        "'All of the above' is found by spotting two right options, and 'none of the above' shows only what is wrong (NBME; Haladyna et al. 2002, guidelines 25-26). Example fix: replace the option 'None of the above' with a plausible wrong answer.");

    public static readonly DiagnosticDescriptor TrueFalseGiveaway = Lint(DiagnosticCodes.TrueFalseGiveaway, "True/false statement cued by a word",
        "An absolute word (always, never, only, all, none, guarantee) marks a false statement, a qualifier (usually, may, can, often, sometimes) a true one, so learners answer the word, not the content (Haladyna et al. 2002, guideline 28). Example fix: 'Privacy settings guarantee privacy' (false) becomes 'Friends of friends can see a post set to Friends' (true or false by content).");

    public static readonly DiagnosticDescriptor MostOptionsRight = Lint(DiagnosticCodes.MostOptionsRight, "Most options right in most multiple-response questions",
        "When more than half of the multiple-response questions mark most of their options right, 'tick everything' scores well. Example fix: in some of them, make fewer options right than wrong (two right of five).");

    public static readonly DiagnosticDescriptor LongestKeysInBank = Lint(DiagnosticCodes.LongestKeysInBank, "Keys usually the longest option",
        "When the key is the longest option in more than a third of the single-choice questions, 'pick the longest' beats chance across the quiz (Haladyna et al. 2002, guideline 24). Example fix: shorten keys or lengthen distractors until the key is the longest in about one question in four.");

    public static readonly DiagnosticDescriptor KeyPositionPattern = Lint(DiagnosticCodes.KeyPositionPattern, "Keys in one position",
        "When options are shown as written, more than half of the keys in one position (say, always 'a') is a pattern learners find (Haladyna et al. 2002, guideline 20). Example fix: move some keys to other positions, or drop 'shuffle_options: false'.");

    public static readonly DiagnosticDescriptor StemRepeatsCheck = Lint(DiagnosticCodes.StemRepeatsCheck, "Quiz question repeats a knowledge check",
        "A quiz question that nearly repeats a knowledge check's words tests recall of the check, not transfer to a new case. Example fix: 'A colleague posts a photo from the ward: what do you do?' in both becomes a new situation in the quiz ('A student shares a screenshot of a ward group chat…').");

    public static readonly DiagnosticDescriptor FewQuestionsForOutcome = Lint(DiagnosticCodes.FewQuestionsForOutcome, "Outcome assessed by fewer than three questions",
        "One or two questions cannot tell whether a learner meets an outcome, nor give a draw any choice. Example fix: write a third question with 'outcomes: [lo-standards]'.");

    public static readonly DiagnosticDescriptor OutcomeCanGoUntested = Error(DiagnosticCodes.OutcomeCanGoUntested, "Outcome can go untested",
        "With 'draw: { cover: outcomes }' every attempt asks a question on every outcome (with 'cover: [outcomes, sessions]', on every session too); the build refuses a draw that no attempt could meet. Example fix: give one more question in a drawn pool 'outcomes: [lo-x]', or draw one more from a pool that has one.");

    public static readonly DiagnosticDescriptor ReviewOverdue = Warning(DiagnosticCodes.ReviewOverdue, "Review overdue",
        "The date in 'next_review' has passed: the content is due to be checked against current guidance. Example fix: review it, add the review under 'reviews:' and set 'next_review: 2028-12-06'.",
        "The course was due for review on {0}. Review it against current guidance, record the review under 'reviews:' and set a new 'next_review'.");

    public static readonly DiagnosticDescriptor ReviewMissing = Warning(DiagnosticCodes.ReviewMissing, "Required review pending",
        "Each role in 'required_reviews' reviews the version being built before it is released. Example fix: once the review has happened, add '- {role: clinical, by: Dr Jo Example, date: 2026-12-01, version: 1.0.0}' under 'reviews:'.",
        "Version {0} has no {1} review yet: it is pending. Once it has happened, record it under 'reviews:' with 'role: {1}' and 'version: {0}'.");

    public static readonly DiagnosticDescriptor ReviewOfAnotherVersion = Warning(DiagnosticCodes.ReviewOfAnotherVersion, "Review of another version",
        "A review approves the version it names, not the one being built. Example fix: have the changes reviewed and record a review with 'version: 1.1.0', or keep the old review as history.",
        "This {0} review is of version {1}, not of version {2} being built. Have version {2} reviewed and record it, or keep this one as history.");

    public static readonly DiagnosticDescriptor NoNextReview = Warning(DiagnosticCodes.NoNextReview, "No review date",
        "A course that needs reviews also needs a date by which it is reviewed again. Example fix: add 'next_review: 2027-12-06' to course.yaml.",
        "'required_reviews' is set but 'next_review' is not. Add 'next_review:' with the date the content is due to be reviewed again, e.g. 'next_review: 2027-12-06'.");

    public static readonly DiagnosticDescriptor ReferenceCheckOld = Warning(DiagnosticCodes.ReferenceCheckOld, "Reference checked too long ago",
        "A reference was last checked longer ago than 'references_max_age_months' in course.yaml allows (12 by default): the page may have changed or moved. Example fix: check it again against the page and set 'checked: 2026-12-06' and 'checked_how: live'.",
        "Reference '{0}' was last checked on {1}, more than {2} months ago (references_max_age_months). Check it again against the page or a stored copy, then update 'checked:' and 'checked_how:'.");

    public static readonly DiagnosticDescriptor ReferenceNeverChecked = Warning(DiagnosticCodes.ReferenceNeverChecked, "Reference never checked",
        "A reference in references.yaml has no 'checked:' date, so nothing says its address and facts were ever confirmed. Example fix: check it against the page, then add 'checked: 2026-12-06' and 'checked_how: live' (or 'stored' for a stored copy).",
        "Reference '{0}' has never been checked. Check its address and what the course takes from it against the page or a stored copy, then add 'checked:' and 'checked_how:'.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        DuplicateId, WrongCorrectAnswerCount, UnknownSession, UnknownOutcome, OutcomeNotTaught, OutcomeNotAssessed, CaseStudyNotLinked,
        MasteryScoreMismatch, MediaFileMissing, SuspendDataTooLarge, SuspendDataLarge, TooFewOptions, UnsupportedMediaType, TrackedIdRemoved,
        NoLockFile, NothingToComplete, UnsafeSvg, MediaContentMismatch, UnknownNode, UnreachableNode, ScenarioWithoutEnding, NoWayToAnEnding,
        UnknownTarget, TooFewItems, TooManyItems, PoolSmallerThanDraw, UnknownPool, DrawOutOfRange, PoolNeverDrawn, SectionSplit,
        QuizWithoutQuestions, TooFewChoices, KeyIsLongest, AllOrNoneOfTheAbove, TrueFalseGiveaway, MostOptionsRight, LongestKeysInBank,
        KeyPositionPattern, StemRepeatsCheck, FewQuestionsForOutcome, OutcomeCanGoUntested,
        ReviewOverdue, ReviewMissing, ReviewOfAnotherVersion, NoNextReview, ReferenceCheckOld, ReferenceNeverChecked,
    ];
}
