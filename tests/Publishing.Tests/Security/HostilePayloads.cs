namespace Publishing.Tests.Security;

/// <summary>Statements written to break out of whatever they are rendered into. Each must reach every output as plain text.</summary>
internal static class HostilePayloads
{
    public const string Rlo = "\u202E";
    public static readonly string LongWord = "Supercalifragilistic" + new string('x', 4000) + "End";

    /// <summary>(name, statement text, literal that must survive into the text forms).</summary>
    public static readonly (string Name, string Text, string Literal)[] Statements =
    [
        ("script element", "<script>alert(1)</script> We welcome the report.", "<script>alert(1)</script>"),
        ("event handler", "Look <img src=x onerror=alert(2)> and <svg onload=alert(9)> here.", "<img src=x onerror=alert(2)>"),
        ("javascript: links", "<a href=\"javascript:alert(3)\">click</a> [x](javascript:alert(4)) ![i](javascript:alert(5)) <javascript:alert(6)> javascript:alert(10)", "[x](javascript:alert(4))"),
        ("markup terminators", "Ends ]]> and </title></entry></feed> and </p></blockquote> and --> too.", "]]> and </title></entry></feed>"),
        ("template braces", "Templates {{ 7*7 }} {{constructor.constructor('alert(11)')()}} {% raw %} ${7*7} #{7*7}.", "{{ 7*7 }}"),
        ("pre-encoded entities", "Already encoded &lt;script&gt;alert(7)&lt;/script&gt; &#x3C;b&#x3E; stays literal.", "&lt;script&gt;alert(7)&lt;/script&gt;"),
        ("very long word", "A long word " + LongWord + " follows.", LongWord),
        ("markdown structure", "Line one\n# Heading injection\n> quote\n| a | b |\n|---|---|\n```\ncode fence\n```\n---\n* list", "Heading injection"),
    ];

    /// <summary>
    /// Refused at the door (422; 400 for JSON that cannot be read as text), never stored: C0 controls, bidirectional
    /// overrides (which would let a statement or a name reverse how the byline naming its body reads), lone
    /// surrogates, and non-http source links.
    /// </summary>
    public static readonly (string Name, string Json, int Status)[] Refused =
    [
        ("bell control character in text", Json(text: "Ring \u0007 the bell."), 422),
        ("NUL in speaker", Json(speaker: "Sam\u0000Example"), 422),
        ("right-to-left override in text", Json(text: "Quoted " + Rlo + "SCDA morf"), 422),
        ("right-to-left override in speaker", Json(speaker: "Sam " + Rlo + "SCDA"), 422),
        ("left-to-right isolate in role", Json(role: "Chief \u2066officer"), 422),
        ("javascript: source link", Json(sourceUrl: "javascript:alert(1)"), 422),
        ("data: source link", Json(sourceUrl: "data:text/html,<script>alert(1)</script>"), 422),
        ("lone surrogate in text", """{"text":"Broken \ud800 half","speaker":"Sam","report":"northmoor-2025-11-14"}""", 400),
    ];

    /// <summary>A speaker and role trying header injection (CRLF) and markup; the role also carries script.</summary>
    public const string Speaker = "Sam Example\r\nBcc: attacker@example.com";
    public const string Role = "Chief\r\nX-Injected: 1 <script>alert(8)</script>";

    private static string Json(string text = "A statement.", string speaker = "Sam Example", string? role = null, string? sourceUrl = null) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["text"] = text, ["speaker"] = speaker, ["role"] = role, ["sourceUrl"] = sourceUrl, ["report"] = SecurityApi.Report,
        });
}
