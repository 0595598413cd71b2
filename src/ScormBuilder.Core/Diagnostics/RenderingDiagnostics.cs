using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>SB3xxx: the problems found in the templates, while rendering, and by the checks on the rendered HTML.</summary>
public static class RenderingDiagnostics
{
    public static readonly DiagnosticDescriptor BrokenLink = Error(DiagnosticCodes.BrokenLink, "Broken link",
        "A link goes to a file that is not a part of the course. Example fix: '[Next](02-pitfals.md)' becomes '[Next](02-pitfalls.md)', or list the file under 'parts'.");

    public static readonly DiagnosticDescriptor BrokenAnchor = Error(DiagnosticCodes.BrokenAnchor, "Broken anchor",
        "A '#anchor' link goes to no heading or part on the page. Example fix: '[see](#Key-Terms)' becomes '[see](#key-terms)', the heading's text in lower case with dashes.");

    public static readonly DiagnosticDescriptor ImageWithoutAlt = Error(DiagnosticCodes.ImageWithoutAlt, "Image without alternative text",
        "Every image says what it shows, for screen-reader users. Example fix: '![](media/chart.png)' becomes '![Sales doubled in 2024](media/chart.png)'.");

    public static readonly DiagnosticDescriptor HeadingSkipsLevel = Error(DiagnosticCodes.HeadingSkipsLevel, "Heading skips a level",
        "Headings go down one level at a time so the outline can be followed. Example fix: a '####' right after a '##' becomes '###'.");

    public static readonly DiagnosticDescriptor DuplicateElementId = Error(DiagnosticCodes.DuplicateElementId, "Element id used twice",
        "Two elements on a page have the same id, often two headings with the same text. Example fix: rename one heading, or give it its own '{#id}'.");

    public static readonly DiagnosticDescriptor TitleHeadingInBody = Error(DiagnosticCodes.TitleHeadingInBody, "Level-1 heading in the body",
        "'# ' is the part's title; headings in the body start at '## '. Example fix: '# Background' becomes '## Background'.");

    public static readonly DiagnosticDescriptor TemplateDoesNotCompile = Error(DiagnosticCodes.TemplateDoesNotCompile, "Template does not compile",
        "A Scriban template has a syntax error, reported at its line and column; docs/templates.md says what each template is for and the values it gets. Example fix: close '{{ if quiz }}' with '{{ end }}'.");

    public static readonly DiagnosticDescriptor ExternalResource = Error(DiagnosticCodes.ExternalResource, "External resource",
        "A package loads nothing from another site: LMSs run courses offline and behind firewalls. Example fix: download the image into course/media/ and link 'media/photo.png'.");

    public static readonly DiagnosticDescriptor ForbiddenHtml = Error(DiagnosticCodes.ForbiddenHtml, "HTML not allowed",
        "Raw HTML uses only the elements and attributes docs/authoring.md lists, and no 'on…' handler. Example fix: '<a href=\"https://example.org\">' gains 'target=\"_blank\"'; '<script>' is removed.");

    public static readonly DiagnosticDescriptor ForbiddenUrl = Error(DiagnosticCodes.ForbiddenUrl, "URL not allowed",
        "Links use http(s), mailto, '#anchor' or a course path; images a course path or inline data. Example fix: 'javascript:alert(1)' is removed; 'file:///C:/x.pdf' becomes 'media/x.pdf'.");

    public static readonly DiagnosticDescriptor ForbiddenStyle = Error(DiagnosticCodes.ForbiddenStyle, "Style not allowed",
        "A 'style' holds only the plain declarations docs/authoring.md lists and loads nothing. Example fix: 'style=\"background: url(x.png)\"' becomes 'style=\"background-color: #eef\"'.");

    public static readonly DiagnosticDescriptor TemplatesFolderMissing = Error(DiagnosticCodes.TemplatesFolderMissing, "Templates folder missing",
        "The templates folder given (or found) does not exist. Example fix: 'scormbuilder build course --templates ./templates' with a copy of ScormBuilder's templates/ folder there.",
        "The templates folder does not exist. Pass --templates with a copy of the templates/ folder.");

    public static readonly DiagnosticDescriptor HandlebarsTemplates = Error(DiagnosticCodes.HandlebarsTemplates, "Handlebars templates",
        "ScormBuilder's templates are Scriban; a folder of Handlebars templates is no longer read. Example fix: start from a copy of the shipped templates/ folder and carry your changes over.");

    public static readonly DiagnosticDescriptor TemplateMissing = Error(DiagnosticCodes.TemplateMissing, "Template missing",
        "A template every package needs (the layout, a shared partial) is not in the templates folder. Example fix: copy templates/layout.sbn-html from ScormBuilder's own templates/ folder.",
        "This template is missing. Copy it from ScormBuilder's own templates/ folder.");

    public static readonly DiagnosticDescriptor SchemaFilesMissing = Error(DiagnosticCodes.SchemaFilesMissing, "SCORM schema files missing",
        "Every package carries the SCORM schema files (*.xsd) from the templates folder. Example fix: copy the *.xsd files from ScormBuilder's templates/ folder.",
        "The templates folder has no SCORM schema files (*.xsd). Copy them from ScormBuilder's templates/ folder: every package must carry them.");

    public static readonly DiagnosticDescriptor PartialMissing = Error(DiagnosticCodes.PartialMissing, "Partial missing for a kind",
        "A part or block of the course has a kind whose partial is not in the templates; docs/templates.md lists the partials. Example fix: copy templates/partials/quiz.sbn-html from ScormBuilder's own templates/ folder.");

    public static readonly DiagnosticDescriptor TemplateFailed = Error(DiagnosticCodes.TemplateFailed, "Template failed while rendering",
        "A template compiled but failed on the values it was given, e.g. a value it does not get; docs/templates.md#the-values-each-template-gets lists the values of each template. Example fix: '{{ part.titel }}' becomes '{{ part.title }}'.");

    public static readonly DiagnosticDescriptor RuntimeModuleListMissing = Error(DiagnosticCodes.RuntimeModuleListMissing, "Runtime module list missing",
        "The runtime folder lists its modules, in the order the build joins them, in modules.txt. Example fix: copy templates/runtime/modules.txt from ScormBuilder's templates/ folder.");

    public static readonly DiagnosticDescriptor UnknownRuntimeModule = Error(DiagnosticCodes.UnknownRuntimeModule, "Unknown runtime module",
        "modules.txt names a file that is not a .js module in the runtime folder. Example fix: 'tracking' becomes 'tracking.js'.",
        "'{0}' is not a .js file in the runtime folder. List only the runtime's module files, one a line, by name.");

    public static readonly DiagnosticDescriptor UnknownRuntimeWord = Error(DiagnosticCodes.UnknownRuntimeWord, "Unknown runtime word",
        "words.json names a text the runtime does not use; docs/templates.md#words-the-runtime-writes says how to change the words. Example fix: 'quizRetry' becomes 'quizTryAgain', as in the shipped templates/runtime/words.json.");

    public static readonly DiagnosticDescriptor InvalidRuntimeWords = Error(DiagnosticCodes.InvalidRuntimeWords, "Invalid runtime words",
        "words.json is one JSON object of names and texts; docs/templates.md#words-the-runtime-writes says how to change the words. Example fix: { \"quizTryAgain\": \"Try again\" }.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        BrokenLink, BrokenAnchor, ImageWithoutAlt, HeadingSkipsLevel, DuplicateElementId, TitleHeadingInBody, TemplateDoesNotCompile,
        ExternalResource, ForbiddenHtml, ForbiddenUrl, ForbiddenStyle, TemplatesFolderMissing, HandlebarsTemplates, TemplateMissing,
        SchemaFilesMissing, PartialMissing, TemplateFailed, RuntimeModuleListMissing, UnknownRuntimeModule, UnknownRuntimeWord,
        InvalidRuntimeWords,
    ];
}
