using System.Text;

namespace Publishing.Statements.Classification;

/// <summary>
/// The councils a statement's subject can be. Built at run time from the Ofsted outcomes lookup CSV
/// (la_lookup.csv: <c>local_authority_ons_name</c>, <c>also_known_as</c> such as "[Bristol]", <c>ltla23nm</c>, <c>utla23nm</c>,
/// <c>la_code_new</c>) or from a plain list of names; nothing is compiled in.
/// </summary>
public sealed class KnownCouncils
{
    private readonly Dictionary<string, KnownCouncil> _bySlug;
    private readonly Dictionary<string, KnownCouncil> _byAlias;

    private KnownCouncils(IReadOnlyList<KnownCouncil> councils)
    {
        All = councils;
        _bySlug = new Dictionary<string, KnownCouncil>(StringComparer.Ordinal);
        _byAlias = new Dictionary<string, KnownCouncil>(StringComparer.Ordinal);
        var forms = new List<NameForm>();
        foreach (var council in councils)
        {
            _bySlug.TryAdd(council.Slug, council);
        }

        foreach (var council in councils)
        {
            foreach (var alias in council.Aliases)
            {
                var tokens = alias.Split('-', StringSplitOptions.RemoveEmptyEntries);
                var primary = alias == council.Slug;
                // A council's own name beats another council's alias (Poole vs "Bournemouth, Christchurch and Poole").
                if (primary || !_bySlug.ContainsKey(alias))
                {
                    _byAlias.TryAdd(alias, council);
                    forms.Add(new NameForm(tokens, council, primary));
                }
            }
        }

        foreach (var (form, council) in ShortForms(councils))
        {
            _byAlias.TryAdd(form, council);
            forms.Add(new NameForm(form.Split('-'), council, Primary: false));
        }

        Forms = forms.OrderByDescending(f => f.Tokens.Length).ThenByDescending(f => f.Primary).ToList();
    }

    /// <summary>
    /// The everyday short names of two-part names: the part before "upon"/"on" ("Southend-on-Sea" → Southend, "Newcastle
    /// upon Tyne" → Newcastle) or before "and"/"with" ("Telford and Wrekin" → Telford, "Blackburn with Darwen" →
    /// Blackburn). A short name two councils would share ("Kingston": upon Thames, upon Hull) or that is already another
    /// council's name or alias is left out.
    /// </summary>
    private static IEnumerable<(string Form, KnownCouncil Council)> ShortForms(IReadOnlyList<KnownCouncil> councils)
    {
        var taken = councils.SelectMany(c => c.Aliases).ToHashSet(StringComparer.Ordinal);
        return councils
            .Select(c => (Form: ShortForm(c.Slug), Council: c))
            .Where(x => x.Form is not null && !taken.Contains(x.Form))
            .GroupBy(x => x.Form!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => (g.Key, g.First().Council));
    }

    private static string? ShortForm(string slug)
    {
        var tokens = slug.Split('-');
        var joint = Array.FindIndex(tokens, 1, t => t is "upon" or "on" or "and" or "with");
        return joint > 0 ? string.Join('-', tokens[..joint]) : null;
    }

    public IReadOnlyList<KnownCouncil> All { get; }

    public int Count => All.Count;

    /// <summary>Name forms, longest first, for matching in running text.</summary>
    internal IReadOnlyList<NameForm> Forms { get; }

    public static KnownCouncils Empty { get; } = new([]);

    /// <summary>Finds a council by any of its names or slugs ("Bristol City Council", "bristol", "City of Bristol").</summary>
    public KnownCouncil? Find(string nameOrSlug)
    {
        ArgumentNullException.ThrowIfNull(nameOrSlug);
        var slug = CouncilNameNormaliser.Slug(nameOrSlug);
        return _bySlug.GetValueOrDefault(slug) ?? _byAlias.GetValueOrDefault(slug);
    }

    public static KnownCouncils FromNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var councils = names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => Create(n.Trim(), [n], code: null))
            .Where(c => c is not null)
            .Select(c => c!)
            .DistinctBy(c => c.Slug)
            .ToList();
        return new KnownCouncils(councils);
    }

    /// <summary>Councils with the other names each goes by and its ONS code (Ofsted's outcomes data).</summary>
    public static KnownCouncils FromCouncils(IEnumerable<(string Name, IReadOnlyList<string> OtherNames, string? Code)> councils)
    {
        ArgumentNullException.ThrowIfNull(councils);
        var list = councils
            .Select(c => Create(c.Name, c.OtherNames.Prepend(c.Name), c.Code))
            .OfType<KnownCouncil>()
            .DistinctBy(c => c.Slug)
            .ToList();
        return new KnownCouncils(list);
    }

    /// <summary>Reads the la_lookup.csv format. Throws <see cref="FormatException"/> if the name column is missing.</summary>
    public static KnownCouncils FromCsv(string csvContent)
    {
        ArgumentNullException.ThrowIfNull(csvContent);
        var rows = ParseCsv(csvContent.TrimStart('\uFEFF'));
        if (rows.Count == 0)
        {
            return Empty;
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var nameColumn = header.IndexOf("local_authority_ons_name");
        if (nameColumn < 0)
        {
            throw new FormatException("The council CSV has no 'local_authority_ons_name' column.");
        }

        var aliasColumn = header.IndexOf("also_known_as");
        int[] nameColumns = [header.IndexOf("ltla23nm"), header.IndexOf("utla23nm")];
        var codeColumn = header.IndexOf("la_code_new");
        var councils = new List<KnownCouncil>();
        foreach (var row in rows.Skip(1))
        {
            var name = Cell(row, nameColumn);
            if (name.Length == 0)
            {
                continue;
            }

            var names = new List<string> { name };
            names.AddRange(nameColumns.Select(column => Cell(row, column)));
            names.AddRange(SplitAliases(Cell(row, aliasColumn)));

            var code = Cell(row, codeColumn);
            var council = Create(name, names, code.Length == 0 ? null : code);
            if (council is not null && councils.All(c => c.Slug != council.Slug))
            {
                councils.Add(council);
            }
        }

        return new KnownCouncils(councils);
    }

    private static KnownCouncil? Create(string name, IEnumerable<string> names, string? code)
    {
        var slug = CouncilNameNormaliser.Slug(name);
        if (slug.Length == 0)
        {
            return null;
        }

        var aliases = names.Select(CouncilNameNormaliser.Slug).Where(a => a.Length > 0).Prepend(slug).Distinct().ToList();
        return new KnownCouncil(slug, DisplayName(name), aliases, code);
    }

    /// <summary>"Bristol, City of" → "City of Bristol" for display.</summary>
    private static string DisplayName(string name)
    {
        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && name[(comma + 2)..].EndsWith(" of", StringComparison.OrdinalIgnoreCase)
            ? $"{name[(comma + 2)..]} {name[..comma]}"
            : name;
    }

    /// <summary>The also_known_as list: "[BCP, Bournemouth, Christchurch &amp; Poole]" → the whole list plus each entry.</summary>
    private static IEnumerable<string> SplitAliases(string cell)
    {
        var trimmed = cell.Trim().TrimStart('[').TrimEnd(']').Trim();
        if (trimmed.Length == 0)
        {
            yield break;
        }

        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            yield return trimmed;
        }

        foreach (var part in trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part;
        }
    }

    private static string Cell(IReadOnlyList<string> row, int column) =>
        column >= 0 && column < row.Count ? row[column].Trim() : string.Empty;

    private static List<List<string>> ParseCsv(string content)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var ch = content[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows.Where(r => r.Any(c => c.Length > 0)).ToList();
    }

    internal sealed record NameForm(string[] Tokens, KnownCouncil Council, bool Primary);
}
