namespace Publishing.Cli;

/// <summary>Options (<c>--name value</c>, <c>--flag</c>) and positional arguments of one command.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CommandArguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (flags.Contains(arg)) { _options[arg] = null; continue; }
                if (!e.MoveNext()) throw new ArgumentException($"{arg} needs a value.");
                _options[arg] = e.Current;
            }
            else Positional.Add(arg);
        }
    }

    public List<string> Positional { get; } = [];
    public bool Has(string name) => _options.ContainsKey(name);
    public string? Get(string name) => _options.GetValueOrDefault(name);
    public IEnumerable<string> Names => _options.Keys;
}
