using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Cli;

/// <summary>One line of <c>read --dir</c> (or <c>read</c>'s failure): the file with its report or its failure.</summary>
public sealed record ReadOutputLine(string File, InspectionReport? Report, ReadFailure? Failure);

/// <summary>One line of <c>keys list</c>.</summary>
public sealed record KeyListLine(string KeyId, string Body, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>One line of <c>poison list</c>.</summary>
public sealed record PoisonListLine(string Id, string Queue, string Reason, int DequeueCount, DateTimeOffset FailedAt, string Message);

/// <summary>The line <c>classify</c> prints for an input line it cannot use.</summary>
public sealed record ClassifyErrorLine(int Line, string Error);
