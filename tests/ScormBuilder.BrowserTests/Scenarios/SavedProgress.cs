namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// cmi.suspend_data read back by the tests, following the format in README.md ("Learner runtime") on its own,
/// so that a runtime drifting from its documented format fails here.
/// </summary>
internal sealed record SavedProgress(
    IReadOnlyList<string> Visited,
    SavedQuiz? Quiz,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<int, (string Date, string Text)> Plan,
    string? Completed)
{
    public static SavedProgress Parse(string? data)
    {
        Assert.NotNull(data);
        Assert.StartsWith("sb1", data, StringComparison.Ordinal);
        var reader = new Reader(data);
        var visited = new List<string>();
        SavedQuiz? quiz = null;
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var plan = new Dictionary<int, (string, string)>();
        string? completed = null;
        while (!reader.AtEnd)
        {
            reader.Expect(';');
            var tag = reader.Next();
            reader.Expect(':');
            do
            {
                switch (tag)
                {
                    case 'v':
                        visited.Add(reader.Id());
                        break;
                    case 'q':
                        var id = reader.Id();
                        reader.Expect('=');
                        var attempts = reader.Number();
                        reader.Expect('.');
                        var result = reader.Next();
                        quiz = new SavedQuiz(id, attempts, result, reader.Number());
                        break;
                    case 'a':
                        var question = reader.Id();
                        reader.Expect('=');
                        answers.Add(question, reader.While(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'));
                        break;
                    case 'r':
                        var prompt = reader.Id();
                        reader.Expect('=');
                        texts.Add(prompt, reader.Counted());
                        break;
                    case 'p':
                        var index = reader.Number();
                        reader.Expect('=');
                        var date = reader.While(char.IsAsciiDigit);
                        reader.Expect('/');
                        plan.Add(index, (date, reader.Counted()));
                        break;
                    case 'd':
                        completed = reader.While(char.IsAsciiDigit);
                        break;
                    default:
                        Assert.Fail($"Unknown section '{tag}' in suspend_data: {data}");
                        break;
                }
            }
            while (reader.Skip(','));
        }

        return new SavedProgress(visited, quiz, answers, texts, plan, completed);
    }

    private sealed class Reader(string text)
    {
        private int _at = 3;

        public bool AtEnd => _at >= text.Length;

        public char Next() => _at < text.Length ? text[_at++] : throw new FormatException($"suspend_data ends early: {text}");

        public void Expect(char c)
        {
            if (Next() != c)
            {
                throw new FormatException($"Expected '{c}' at {_at - 1} in suspend_data: {text}");
            }
        }

        public bool Skip(char c)
        {
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        public string While(Func<char, bool> accept)
        {
            var start = _at;
            while (_at < text.Length && accept(text[_at]))
            {
                _at++;
            }

            return text[start.._at];
        }

        public string Id() => While(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

        public int Number() => int.Parse(While(char.IsAsciiDigit), System.Globalization.CultureInfo.InvariantCulture);

        public string Counted()
        {
            var length = Number();
            Expect(':');
            var value = text.Substring(_at, length);
            _at += length;
            return value;
        }
    }
}

internal sealed record SavedQuiz(string Id, int Attempts, char Result, int Score);
