using System.Security.Cryptography;

namespace Publishing.Statements.Storage;

/// <summary>
/// Statement ids are <c>{reportId}.{time}{random}</c>: the report id up front lets one blob write store a statement
/// under its report (listing a report's statements is one prefix listing), and the hex time keeps ids in arrival order.
/// </summary>
public static class StatementIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New(string reportId, DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        var suffix = new char[8];
        for (var i = 0; i < suffix.Length; i++) suffix[i] = Alphabet[random[i] % Alphabet.Length];
        return $"{reportId}.{now.ToUnixTimeMilliseconds():x11}{new string(suffix)}";
    }

    /// <summary>The report id inside a statement id, or null if the id is not one of ours.</summary>
    public static string? ReportIdOf(string statementId)
    {
        var dot = statementId.LastIndexOf('.');
        if (dot <= 0 || dot == statementId.Length - 1 || statementId.Length > 200) return null;
        var reportId = statementId[..dot];
        var tail = statementId[(dot + 1)..];
        return IsSlug(reportId) && tail.All(char.IsAsciiLetterOrDigit) ? reportId : null;
    }

    public static bool IsSlug(string value) =>
        value.Length is > 0 and <= 120 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
