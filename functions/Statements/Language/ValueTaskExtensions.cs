using System.Diagnostics;

namespace Publishing.Statements.Language;

/// <summary>Unwraps a value task that ran with <c>async: false</c>, so completed synchronously (Azure SDK's sync-over-shared-code pattern).</summary>
internal static class ValueTaskExtensions
{
    public static T EnsureCompleted<T>(this ValueTask<T> task)
    {
        Debug.Assert(task.IsCompleted, "A synchronous call path returned an incomplete task.");
        return task.GetAwaiter().GetResult();
    }
}
