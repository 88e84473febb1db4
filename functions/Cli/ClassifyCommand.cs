using System.Text.Json;
using Publishing.Statements.Classification;
using Publishing.Statements.Language;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing classify [--councils la_lookup.csv]</c>: reads statements as JSON lines on stdin
/// (<c>text</c>, optional <c>speaker</c>, <c>role</c>, <c>body</c>) and prints one classification per line.
/// A malformed line gets an error line of its own; the rest are still classified.
/// The backend comes from configuration (<see cref="StatementClassifierFactory"/>): the Azure AI Language service with
/// the local rules when <c>PUBLISHING_LANGUAGE_ENDPOINT</c> is set, else the local rules alone.
/// </summary>
internal static class ClassifyCommand
{
    internal sealed record Line(string? Text, string? Speaker, string? Role, string? Body);

    public static async Task<int> RunAsync(string[] args)
    {
        var councils = KnownCouncils.Empty;
        if (args.Length == 2 && args[0] == "--councils")
        {
            if (!File.Exists(args[1]))
            {
                Console.Error.WriteLine($"publishing classify: no such file '{args[1]}'");
                return 2;
            }
            councils = KnownCouncils.FromCsv(File.ReadAllText(args[1]));
        }
        else if (args.Length != 0)
        {
            Console.Error.WriteLine("usage: publishing classify [--councils la_lookup.csv] < statements.jsonl");
            return 2;
        }

        ClassifierChoice choice;
        try
        {
            choice = StatementClassifierFactory.Create(LanguageSettings.From(Environment.GetEnvironmentVariable), councils, TimeProvider.System);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"publishing classify: {ex.Message}");
            return 2;
        }

        Console.Error.WriteLine($"publishing classify: using {choice.Description}");
        var fallbacks = 0;
        var errors = 0;
        var number = 0;
        string? raw;
        while ((raw = Console.In.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            Line? line;
            try
            {
                line = JsonSerializer.Deserialize<Line>(raw, JsonOutput.Compact);
            }
            catch (JsonException ex)
            {
                line = null;
                Console.Error.WriteLine($"publishing classify: line {number}: not JSON ({ex.Message})");
            }
            if (line?.Text is not { Length: > 0 } text)
            {
                errors++;
                Console.Out.WriteLine(JsonSerializer.Serialize(new ClassifyErrorLine(number, "expected a JSON object with a non-empty \"text\""), JsonOutput.Compact));
                continue;
            }
            var result = await choice.Classifier.ClassifyAsync(new StatementInput(text, line.Speaker ?? "", line.Role ?? "", line.Body ?? ""), CancellationToken.None);
            fallbacks += result.Fallback is null ? 0 : 1;
            Console.Out.WriteLine(JsonSerializer.Serialize(result, JsonOutput.Compact));
        }
        if (fallbacks > 0)
        {
            Console.Error.WriteLine($"publishing classify: {fallbacks} statement(s) answered by the local rules after the service failed (see \"fallback\")");
        }
        return errors == 0 ? 0 : 1;
    }
}
