namespace ScormBuilder.Diagnostics;

/// <summary>
/// Every diagnostic code in one place. SB1xxx: loading sources; SB2xxx: cross-file validation;
/// SB3xxx: rendering and the checks on rendered HTML; SB4xxx: packaging.
/// </summary>
public static partial class DiagnosticCodes
{
    public const string FileNotFound = "SB1001";
    public const string FileUnreadable = "SB1002";
    public const string InvalidYaml = "SB1003";
    public const string UnknownKey = "SB1004";
    public const string MissingKey = "SB1005";
    public const string WrongValueType = "SB1006";
    public const string InvalidId = "SB1007";
    public const string PathEscapesCourse = "SB1008";
    public const string MissingFrontMatter = "SB1009";
    public const string InvalidUtf8 = "SB1010";
    public const string UnknownPartKind = "SB1011";
    public const string UnlistedSourceFile = "SB1012";
    public const string PartListedTwice = "SB1013";
    public const string InvalidValue = "SB1014";
    public const string ValueOutOfRange = "SB1015";
    public const string FileTooLarge = "SB1016";
    public const string YamlTooComplex = "SB1017";
    public const string InvalidLockFile = "SB1018";
    public const string NotRegularFile = "SB1019";
    public const string NestingTooDeep = "SB1020";
    public const string UnparsableMarkdown = "SB1021";
    public const string ControlCharacter = "SB1022";
    public const string ValueTooLong = "SB1023";
    public const string ScenarioNodeShape = "SB1024";
    public const string UnknownBlock = "SB1025";
    public const string BlockWithoutTitle = "SB1026";
    public const string MisplacedTab = "SB1027";
    public const string TooFewTabs = "SB1028";
    public const string BlockNotClosed = "SB1029";
    public const string PairWithoutTarget = "SB1030";
    public const string MisspeltBlock = "SB1031";
    public const string DrawShape = "SB1035";
    public const string EmptyCheck = "SB1040";
    public const string CheckNotClosed = "SB1041";
    public const string TooManyInBody = "SB1042";
    public const string PathCaseMismatch = "SB1043";
    public const string DuplicateReference = "SB1044";
    public const string CheckedWithoutHow = "SB1045";
    public const string ReferenceUrlNotWeb = "SB1046";

    public const string DuplicateId = "SB2001";
    public const string WrongCorrectAnswerCount = "SB2002";
    public const string UnknownSession = "SB2003";
    public const string UnknownOutcome = "SB2004";
    public const string OutcomeNotTaught = "SB2005";
    public const string OutcomeNotAssessed = "SB2006";
    public const string CaseStudyNotLinked = "SB2007";
    public const string MasteryScoreMismatch = "SB2008";
    public const string MediaFileMissing = "SB2009";
    public const string SuspendDataTooLarge = "SB2010";
    public const string SuspendDataLarge = "SB2011";
    public const string TooFewOptions = "SB2012";
    public const string UnsupportedMediaType = "SB2013";
    public const string TrackedIdRemoved = "SB2015";
    public const string NoLockFile = "SB2016";
    public const string NothingToComplete = "SB2017";
    public const string UnsafeSvg = "SB2018";
    public const string MediaContentMismatch = "SB2019";
    public const string UnknownNode = "SB2020";
    public const string UnreachableNode = "SB2021";
    public const string ScenarioWithoutEnding = "SB2022";
    public const string NoWayToAnEnding = "SB2023";
    public const string UnknownTarget = "SB2027";
    public const string TooFewItems = "SB2028";
    public const string TooManyItems = "SB2029";
    public const string PoolSmallerThanDraw = "SB2032";
    public const string UnknownPool = "SB2033";
    public const string DrawOutOfRange = "SB2034";
    public const string PoolNeverDrawn = "SB2035";
    public const string SectionSplit = "SB2036";
    public const string QuizWithoutQuestions = "SB2037";
    public const string TooFewChoices = "SB2038";

    // Item-writing checks (under --lint), and the coverage draw.
    public const string KeyIsLongest = "SB2050";
    public const string AllOrNoneOfTheAbove = "SB2051";
    public const string TrueFalseGiveaway = "SB2052";
    public const string MostOptionsRight = "SB2053";
    public const string LongestKeysInBank = "SB2054";
    public const string KeyPositionPattern = "SB2055";
    public const string StemRepeatsCheck = "SB2056";
    public const string FewQuestionsForOutcome = "SB2057";
    public const string OutcomeCanGoUntested = "SB2058";

    public const string BrokenLink = "SB3001";
    public const string BrokenAnchor = "SB3002";
    public const string ImageWithoutAlt = "SB3003";
    public const string HeadingSkipsLevel = "SB3004";
    public const string DuplicateElementId = "SB3005";
    public const string TitleHeadingInBody = "SB3006";
    public const string TemplateDoesNotCompile = "SB3007";
    public const string ExternalResource = "SB3008";
    public const string ForbiddenHtml = "SB3009";
    public const string ForbiddenUrl = "SB3010";
    public const string ForbiddenStyle = "SB3011";
    public const string TemplatesFolderMissing = "SB3012";
    public const string HandlebarsTemplates = "SB3013";
    public const string TemplateMissing = "SB3014";
    public const string SchemaFilesMissing = "SB3015";
    public const string PartialMissing = "SB3016";
    public const string TemplateFailed = "SB3017";
    public const string RuntimeModuleListMissing = "SB3018";
    public const string UnknownRuntimeModule = "SB3019";
    public const string UnknownRuntimeWord = "SB3020";
    public const string InvalidRuntimeWords = "SB3021";

    public const string OutputNotWritable = "SB4001";
    public const string InvalidPackagePath = "SB4002";
    public const string ReservedFileName = "SB4003";
    public const string PathCaseCollision = "SB4004";
    public const string AssetNotMinified = "SB4010";
    public const string PackageNotZip = "SB4020";
    public const string PackageDamaged = "SB4021";
    public const string NotScormBuilderPackage = "SB4022";
    public const string PackageOfAnotherCourse = "SB4023";
    public const string PackageTooLarge = "SB4024";
    public const string PackageUnreadable = "SB4025";

    public const string ReviewOverdue = "SB2060";
    public const string ReviewMissing = "SB2061";
    public const string ReviewOfAnotherVersion = "SB2062";
    public const string NoNextReview = "SB2063";
    public const string ReferenceCheckOld = "SB2064";
    public const string ReferenceNeverChecked = "SB2065";
}
