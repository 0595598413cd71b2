using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>SB1xxx: the problems found while reading the course's files into its model.</summary>
public static class LoadingDiagnostics
{
    public static readonly DiagnosticDescriptor FileNotFound = Error(DiagnosticCodes.FileNotFound, "A listed file does not exist",
        "A file the course names (under 'parts' in course.yaml, or a part's own file) is not there. Example fix: create course/sessions/01-intro.md, or correct the path in 'parts:'.");

    public static readonly DiagnosticDescriptor FileUnreadable = Error(DiagnosticCodes.FileUnreadable, "A file cannot be read",
        "The build could not open or read a file of the course. Example fix: 'chmod u+r course/media/diagram.png', or replace the file with a regular copy.");

    public static readonly DiagnosticDescriptor InvalidYaml = Error(DiagnosticCodes.InvalidYaml, "Invalid YAML",
        "The YAML does not parse, or uses what course files do not allow (tags such as '!include', anchors and aliases, a second document). Example fix: indent with spaces, not tabs, and quote a title holding ': ' — title: \"Risk: an overview\".");

    public static readonly DiagnosticDescriptor UnknownKey = Error(DiagnosticCodes.UnknownKey, "Unknown key",
        "A key that this file does not have, often a misspelling. Example fix: 'tilte: Welcome' becomes 'title: Welcome'.");

    public static readonly DiagnosticDescriptor MissingKey = Error(DiagnosticCodes.MissingKey, "Missing key",
        "A key this file must have is missing, or the file is empty. Example fix: add 'id: intro' and 'title: Introduction' to the front matter.");

    public static readonly DiagnosticDescriptor WrongValueType = Error(DiagnosticCodes.WrongValueType, "Value of the wrong type",
        "A key holds a value of the wrong shape, such as a list where a mapping belongs. Example fix: 'outcomes: lo1' becomes 'outcomes: [lo1]'.");

    public static readonly DiagnosticDescriptor InvalidId = Error(DiagnosticCodes.InvalidId, "Invalid id",
        "Ids start with a letter, then hold only letters, digits, '-' or '_'. Example fix: 'id: 1st session' becomes 'id: first-session'.");

    public static readonly DiagnosticDescriptor PathEscapesCourse = Error(DiagnosticCodes.PathEscapesCourse, "A path leaves the course folder",
        "A path or symbolic link points outside the course folder, or through a loop of links. Example fix: copy ../shared/logo.png into course/media/ and write 'media/logo.png'.");

    public static readonly DiagnosticDescriptor MissingFrontMatter = Error(DiagnosticCodes.MissingFrontMatter, "No front matter",
        "A Markdown part starts with YAML front matter between two '---' lines. Example fix: start the file with '---', 'id: intro', 'title: Introduction', '---'.");

    public static readonly DiagnosticDescriptor InvalidUtf8 = Error(DiagnosticCodes.InvalidUtf8, "Not UTF-8",
        "Course text files are UTF-8. Example fix: in your editor, save the file with the encoding 'UTF-8'.");

    public static readonly DiagnosticDescriptor UnknownPartKind = Error(DiagnosticCodes.UnknownPartKind, "Unknown kind of part",
        "A path under 'parts' is in no folder the course knows. Example fix: move notes/intro.md to sessions/intro.md and list 'sessions/intro.md'.");

    public static readonly DiagnosticDescriptor UnlistedSourceFile = Warning(DiagnosticCodes.UnlistedSourceFile, "A part is not listed",
        "A file in a part folder is not under 'parts' in course.yaml, so the package leaves it out. Example fix: add '- sessions/03-review.md' to 'parts:', or delete the file.");

    public static readonly DiagnosticDescriptor PartListedTwice = Error(DiagnosticCodes.PartListedTwice, "A part is listed twice",
        "Each part is listed once under 'parts'. Example fix: delete the second '- sessions/01-intro.md'.");

    public static readonly DiagnosticDescriptor InvalidValue = Error(DiagnosticCodes.InvalidValue, "Value not allowed",
        "A key holds a value outside the ones it allows. Example fix: 'type: multi' becomes 'type: multiple-choice'.");

    public static readonly DiagnosticDescriptor ValueOutOfRange = Error(DiagnosticCodes.ValueOutOfRange, "Number out of range",
        "A number is outside the range its key allows. Example fix: 'pass_mark: 120' becomes 'pass_mark: 80'.");

    public static readonly DiagnosticDescriptor FileTooLarge = Error(DiagnosticCodes.FileTooLarge, "File too large",
        "A course text file is at most 2 MB. Example fix: split a long session into two parts.");

    public static readonly DiagnosticDescriptor YamlTooComplex = Error(DiagnosticCodes.YamlTooComplex, "YAML nested too deep",
        "Course YAML never needs deep nesting; a file nested past the limit is refused. Example fix: flatten the nested lists.");

    public static readonly DiagnosticDescriptor InvalidLockFile = Error(DiagnosticCodes.InvalidLockFile, "Invalid tracking.lock line",
        "tracking.lock holds one '<kind> <id>' a line. Example fix: run 'scormbuilder build --update-lock' to write it again.");

    public static readonly DiagnosticDescriptor NotRegularFile = Error(DiagnosticCodes.NotRegularFile, "Not a regular file",
        "The build reads only regular files, never a FIFO, socket, device or folder in a file's place. Example fix: replace the named pipe with the file itself.");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(DiagnosticCodes.NestingTooDeep, "Markdown nested too deep",
        "Markdown nesting (HTML elements, lists, quotes) past what any course needs is refused before parsing. Example fix: flatten a list nested twenty levels deep.");

    public static readonly DiagnosticDescriptor UnparsableMarkdown = Error(DiagnosticCodes.UnparsableMarkdown, "Markdown the parser cannot finish",
        "The Markdown parser gave up on the file. Example fix: simplify the structure, with fewer nested lists, quotes or tags.");

    public static readonly DiagnosticDescriptor ControlCharacter = Error(DiagnosticCodes.ControlCharacter, "Control character or noncharacter",
        "Course text may not hold control characters, noncharacters or lone surrogates, written or as references. Example fix: delete the stray U+0007, or '&#7;'.");

    public static readonly DiagnosticDescriptor ValueTooLong = Error(DiagnosticCodes.ValueTooLong, "Value too long",
        "LMSs store at most 255 characters of a title. Example fix: shorten the title and move the rest into the text.");

    public static readonly DiagnosticDescriptor ScenarioNodeShape = Error(DiagnosticCodes.ScenarioNodeShape, "Scenario node of the wrong shape",
        "A scenario node is a decision ('choices:') or an ending ('ending:'), never both or neither. Example fix: remove 'choices:' from a node with 'ending: good'.");

    public static readonly DiagnosticDescriptor UnknownBlock = Error(DiagnosticCodes.UnknownBlock, "Unknown block",
        "A ':::' line names no block, or closes nothing. Example fix: '::: detail Answer' becomes '::: details Answer'.");

    public static readonly DiagnosticDescriptor BlockWithoutTitle = Error(DiagnosticCodes.BlockWithoutTitle, "Block without a title",
        "An accordion needs a summary and a tab a title. Example fix: '::: details' becomes '::: details Show the model answer'.");

    public static readonly DiagnosticDescriptor MisplacedTab = Error(DiagnosticCodes.MisplacedTab, "Tab outside tabs",
        "A '::: tab' belongs directly inside ':::: tabs', and tabs hold only tabs. Example fix: wrap the tabs in ':::: tabs' and '::::'.");

    public static readonly DiagnosticDescriptor TooFewTabs = Error(DiagnosticCodes.TooFewTabs, "Too few tabs",
        "Tabs hold at least two '::: tab' blocks. Example fix: add a second tab, or replace the tabs with plain text.");

    public static readonly DiagnosticDescriptor BlockNotClosed = Error(DiagnosticCodes.BlockNotClosed, "Block not closed",
        "Every ':::' block ends with a line of its colons. Example fix: add ':::' after the last line of '::: details Answer'.");

    public static readonly DiagnosticDescriptor PairWithoutTarget = Error(DiagnosticCodes.PairWithoutTarget, "Matching item without a target",
        "Every item of a matching question names its target. Example fix: add 'target: b' to the item.");

    public static readonly DiagnosticDescriptor MisspeltBlock = Error(DiagnosticCodes.MisspeltBlock, "Misspelt block fence",
        "A fenced block a slip away from a block the course knows. Example fix: '```chek' becomes '```check'.");

    public static readonly DiagnosticDescriptor DrawShape = Error(DiagnosticCodes.DrawShape, "Draw of the wrong shape",
        "'draw:' is a number or a list of 'pool: count' entries. Example fix: 'draw: {basics: 3}'.");

    public static readonly DiagnosticDescriptor EmptyCheck = Error(DiagnosticCodes.EmptyCheck, "Empty check",
        "A '```check' block holds one question. Example fix: write 'id:', 'type:', 'text:', its options and 'feedback:' inside it, or remove the block.");

    public static readonly DiagnosticDescriptor CheckNotClosed = Error(DiagnosticCodes.CheckNotClosed, "Check not closed",
        "A '```check' block ends with a line of '```'. Example fix: add '```' after the question's last line.");

    public static readonly DiagnosticDescriptor TooManyInBody = Error(DiagnosticCodes.TooManyInBody, "Too many table columns on a line",
        "A line holds more '|' than any table needs. Example fix: split the table, or link to a document.");

    public static readonly DiagnosticDescriptor PathCaseMismatch = Error(DiagnosticCodes.PathCaseMismatch, "Path with other capitals",
        "A path names a file with capitals that differ from the file's, which Windows and macOS find and Linux does not. Example fix: 'Media/Diagram.png' becomes 'media/diagram.png'.");

    public static readonly DiagnosticDescriptor DuplicateReference = Error(DiagnosticCodes.DuplicateReference, "Two references with one id",
        "Each reference in references.yaml has its own id, which the page links to and the review pack cites. Example fix: the second 'id: h1' becomes 'id: h2'.");

    public static readonly DiagnosticDescriptor CheckedWithoutHow = Error(DiagnosticCodes.CheckedWithoutHow, "A reference's check says when but not how, or how but not when",
        "A reference's check is a date ('checked:') and a way ('checked_how: live' for the page itself, 'stored' for a stored copy), given together or not at all. Example fix: add 'checked_how: stored' beside 'checked: 2026-12-06'.");

    public static readonly DiagnosticDescriptor ReferenceUrlNotWeb = Error(DiagnosticCodes.ReferenceUrlNotWeb, "A reference's address is not a web address",
        "A reference's 'url:' is the address of the page it credits, starting https:// or http://. Example fix: 'url: www.hcpc-uk.org/cpd/' becomes 'url: https://www.hcpc-uk.org/cpd/'.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        FileNotFound, FileUnreadable, InvalidYaml, UnknownKey, MissingKey, WrongValueType, InvalidId, PathEscapesCourse, MissingFrontMatter,
        InvalidUtf8, UnknownPartKind, UnlistedSourceFile, PartListedTwice, InvalidValue, ValueOutOfRange, FileTooLarge, YamlTooComplex,
        InvalidLockFile, NotRegularFile, NestingTooDeep, UnparsableMarkdown, ControlCharacter, ValueTooLong, ScenarioNodeShape, UnknownBlock,
        BlockWithoutTitle, MisplacedTab, TooFewTabs, BlockNotClosed, PairWithoutTarget, MisspeltBlock, DrawShape, EmptyCheck, CheckNotClosed,
        TooManyInBody, PathCaseMismatch, DuplicateReference, CheckedWithoutHow, ReferenceUrlNotWeb,
    ];
}
