namespace ScormBuilder.Loading;

/// <summary>The keys of course.yaml, which <see cref="CourseLoader"/> reads and the course schema describes.</summary>
internal static class CourseShape
{
    /// <summary>The name of its schema: schemas/course.schema.json.</summary>
    public const string Name = "course";

    /// <summary>Letters, digits, '.' and '-', starting with a letter or digit: the version is part of the zip's name.</summary>
    public const string VersionPattern = "^[A-Za-z0-9][A-Za-z0-9.-]{0,31}$";

    /// <summary>A BCP 47 language tag such as 'en-GB' or 'cy'.</summary>
    public const string LanguagePattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

    public static readonly YamlKey Id = PartFields.IdKey(
        "The package's id in the LMS (an xs:ID): a letter, then letters, digits, '-' or '_'. Keep it from one release to the next.");

    public static readonly YamlKey Title = PartFields.TitleKey("The course's title, as the LMS lists it.");

    public static readonly YamlKey Version = new("version", new TextValue(VersionPattern, NumbersToo: true),
        "The release, e.g. 1.2.0: letters, digits, '.' and '-'. It becomes part of the zip's name.", Required: true);

    public static readonly YamlKey Language = new("language", new TextValue(LanguagePattern),
        "The language of the course, as a tag such as en-GB or cy.", Required: true);

    public static readonly YamlKey Description = new("description", new TextValue(), "A sentence or two on what the course is.");

    public static readonly YamlKey Authors = new("authors", new ListValue(new TextValue()),
        "Who wrote the course: the CPD record's provider unless it names one.");

    public static readonly YamlKey DurationMinutes = new("duration_minutes", new WholeNumberValue(1, 6000),
        "About how long a learner needs, in minutes.", Required: true);

    public static readonly YamlKey OutcomeId = PartFields.IdKey("The outcome's id, which sessions and questions name.");

    public static readonly YamlKey OutcomeText = new("text", new TextValue(), "What a learner can do by the end.", Required: true);

    public static readonly YamlShape Outcome = new("A learning outcome.", [OutcomeId, OutcomeText]);

    public static readonly YamlKey Outcomes = new("outcomes", new ListValue(new MappingValue(Outcome)),
        "The learning outcomes: what a learner can do by the end.", Required: true);

    public static readonly YamlKey Parts = new("parts", new ListValue(new TextValue(NumbersToo: false)),
        "The parts in the order learners meet them: each source file once, by its path (pages/welcome.md, quiz.yaml, …).", Required: true);

    public static readonly YamlKey FailedQuizStatus = new("failed_quiz_status", new ChoiceValue(["incomplete", "failed"]),
        "What the LMS records after a failed quiz: incomplete (the default) lets the learner try again on every LMS; some LMSs lock a learner out after failed.");

    public static readonly YamlShape Completion = new("The completion rules.", [FailedQuizStatus]);

    public static readonly YamlKey CompletionRules = new("completion", new MappingValue(Completion), "How the LMS records the course's end.");

    public static readonly YamlKey MasteryScore = new("mastery_score", new WholeNumberValue(0, 100),
        "The pass mark the manifest gives the LMS, in percent: equal to the quiz's pass_mark.");

    /// <summary>A calendar date, written yyyy-mm-dd.</summary>
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public static readonly YamlKey Owner = new("owner", new TextValue(),
        "Who owns the course and answers for it: an organisation or team.");

    public static readonly YamlKey ReviewRole = new("role", new TextValue(NumbersToo: false),
        "What the review checked, such as clinical, editorial or accessibility.", Required: true);

    public static readonly YamlKey ReviewBy = new("by", new TextValue(), "Who reviewed it: a named person, with their role if it matters.", Required: true);

    public static readonly YamlKey ReviewDate = new("date", new TextValue(DatePattern), "When the review was done, as yyyy-mm-dd.", Required: true);

    public static readonly YamlKey ReviewVersion = new("version", new TextValue(VersionPattern, NumbersToo: true),
        "The version of the course that was reviewed.", Required: true);

    public static readonly YamlShape Review = new("A review that happened.", [ReviewRole, ReviewBy, ReviewDate, ReviewVersion]);

    public static readonly YamlKey Reviews = new("reviews", new ListValue(new MappingValue(Review)),
        "The reviews that happened, each with its role, who, when and the version reviewed. Never list a review that has not happened.");

    public static readonly YamlKey NextReview = new("next_review", new TextValue(DatePattern),
        "When the content is due to be reviewed again, as yyyy-mm-dd: the build warns once it has passed.");

    public static readonly YamlKey RequiredReviews = new("required_reviews", new ListValue(new TextValue(NumbersToo: false)),
        "The roles that must review each version before it is released, e.g. [clinical, editorial].");

    public static readonly YamlKey ReferencesMaxAgeMonths = new("references_max_age_months", new WholeNumberValue(1, 120),
        "How many months a reference's check in references.yaml stays current (default 12): the build warns about one checked longer ago, or never.");

    public static readonly YamlKey Keywords = new("keywords", new ListValue(new TextValue()),
        "Words a catalogue can find the course by; the manifest's metadata lists them.");

    public static readonly YamlKey Licence = new("licence", new TextValue(),
        "The licence learners and other organisations may use the course under, e.g. 'All rights reserved' or 'CC BY-NC-SA 4.0': one a --target platform accepts. The manifest's rights state it.");

    public static readonly YamlKey Certificate = new("certificate", new FlagValue(),
        "Whether the platform should issue a certificate when a learner completes the course (NHS Learning Hub's form asks).");

    public static readonly YamlKey Audience = new("audience", new TextValue(),
        "Who the course is for, e.g. 'HCPC registrants and students in the UK'. The manifest's educational description states it.");

    public static readonly YamlKey Competences = new("competences", new ListValue(new TextValue()),
        "For statutory and mandatory training: the Core Skills Training Framework subjects (ESR competences) it counts for, e.g. [Information governance and data security]; [] for none.");

    public static readonly YamlShape File = new("A ScormBuilder course: course.yaml.",
        [Id, Title, Version, Language, Description, Authors, DurationMinutes, Outcomes, Parts, CompletionRules, MasteryScore,
            Owner, Reviews, NextReview, RequiredReviews, ReferencesMaxAgeMonths, Keywords, Licence, Certificate, Audience, Competences]);
}
