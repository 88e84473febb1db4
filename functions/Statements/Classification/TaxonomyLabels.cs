using System.Reflection;
using System.Text.Json.Serialization;

namespace Publishing.Statements.Classification;

/// <summary>
/// The taxonomy's kebab-case label strings for <see cref="SpeakerKind"/>, <see cref="Stance"/> and <see cref="Theme"/>,
/// read from the same <see cref="JsonStringEnumMemberNameAttribute"/> that System.Text.Json uses, so the two cannot drift.
/// </summary>
public static class TaxonomyLabels
{
    public static string ToLabel<TEnum>(TEnum value) where TEnum : struct, Enum => Cache<TEnum>.ToLabel[value];

    public static TEnum Parse<TEnum>(string label) where TEnum : struct, Enum =>
        TryParse<TEnum>(label, out var value)
            ? value
            : throw new FormatException($"'{label}' is not a {typeof(TEnum).Name} label; expected one of: {string.Join(", ", Cache<TEnum>.FromLabel.Keys)}.");

    public static bool TryParse<TEnum>(string? label, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return label is not null && Cache<TEnum>.FromLabel.TryGetValue(label.Trim(), out value);
    }

    public static IReadOnlyCollection<string> All<TEnum>() where TEnum : struct, Enum => Cache<TEnum>.FromLabel.Keys;

    private static class Cache<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ToLabel = Build();
        public static readonly Dictionary<string, TEnum> FromLabel =
            ToLabel.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

        private static Dictionary<TEnum, string> Build()
        {
            var map = new Dictionary<TEnum, string>();
            foreach (var value in Enum.GetValues<TEnum>())
            {
                var field = typeof(TEnum).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static);
                var name = field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
                map[value] = name;
            }

            return map;
        }
    }
}
