namespace ScormBuilder.Diagnostics;

/// <summary>Collects the diagnostics of one build. Stages add to it; none of them throws for bad input.</summary>
public sealed class DiagnosticBag(SeverityMap severities)
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public DiagnosticBag()
        : this(SeverityMap.Default)
    {
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>Reports <paramref name="descriptor"/> at <paramref name="location"/>, its message formatted from <paramref name="args"/>.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        if (severities.Reports(descriptor))
        {
            Add(new Diagnostic(severities.SeverityOf(descriptor), descriptor.Code, location, descriptor.FormatMessage(args)));
        }
    }

    /// <summary>Whether <paramref name="descriptor"/> is reported in this build (the item-writing checks only under '--lint').</summary>
    public bool Reports(DiagnosticDescriptor descriptor) => severities.Reports(descriptor);

    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other.ToSortedList())
        {
            Add(diagnostic);
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Every diagnostic, ordered by file, line and column so that output is stable.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return [.. _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
