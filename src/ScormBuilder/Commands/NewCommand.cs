using System.CommandLine;
using ScormBuilder.Cli.Scaffolding;

namespace ScormBuilder.Cli.Commands;

/// <summary>'scormbuilder new DIR': writes the sample course into a new or empty folder, never over anything.</summary>
internal sealed class NewCommand(Reporter reporter) : CliCommand<NewCommand.Settings>(reporter)
{
    private readonly Argument<string> _directory = new("DIR")
    {
        Description = "The folder to create: it must not exist yet, or be empty.",
    };

    internal sealed record Settings(string Directory) : CommandSettings
    {
        public override string? Validate()
        {
            // An empty name would mean the current folder: refuse it before anything is written anywhere.
            if (string.IsNullOrWhiteSpace(Directory))
            {
                return "The folder to create is given as an empty name. Name a new folder, e.g. 'scormbuilder new my-course'.";
            }

            if (Directory.Any(char.IsControl))
            {
                return "The folder name holds a control character. Name a new folder, e.g. 'scormbuilder new my-course'.";
            }

            if (File.Exists(Directory))
            {
                return $"'{Directory}' is a file. Give 'new' the name of a folder to create, e.g. 'scormbuilder new my-course'.";
            }

            try
            {
                return System.IO.Directory.Exists(Directory) && System.IO.Directory.EnumerateFileSystemEntries(Directory).Any()
                    ? $"'{Directory}' is not empty, and 'new' never writes over existing files. Name a new folder (e.g. 'scormbuilder new my-course'), or empty this one first."
                    : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"Cannot look into '{Directory}' ({e.Message.TrimEnd('.')}). Name a new folder, e.g. 'scormbuilder new my-course'.";
            }
        }
    }

    protected override Command Declare() =>
        new("new", "Create a small sample course to start from: one part of each kind, explained by example.") { _directory };

    protected override Settings Bind(ParseResult parsed) => new(parsed.GetValue(_directory)!);

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation) =>
        Task.FromResult(new NewCourse(Reporter).Run(settings.Directory));
}
