using System.Text.Json.Serialization;
using Publishing.Cli;
using Publishing.Distribution.Steps;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;
using Publishing.Hosting.Health;
using Publishing.Hosting.Http;
using Publishing.Hosting.Invocations;
using Publishing.Hosting.Queues;
using Publishing.Reading;
using Publishing.Reading.Model;
using Publishing.Reports;
using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Statements.Intake;
using Publishing.Statements.Storage;
using Publishing.Summaries.Issuing;
using Publishing.Summaries.Model;

namespace Publishing.Hosting.Json;

/// <summary>
/// Compile-time JSON metadata for every type the app stores, sends or prints. Every options instance the app uses
/// resolves types only through this context (<see cref="JsonOutput"/>), so the Native AOT binary serializes exactly
/// what the tests, run under the JIT, serialize; a type missing here fails those tests instead of printing "{}".
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(InspectionReport))]
[JsonSerializable(typeof(ReadFailure))]
[JsonSerializable(typeof(ReadOutputLine))]
[JsonSerializable(typeof(KeyListLine))]
[JsonSerializable(typeof(PoisonListLine))]
[JsonSerializable(typeof(ClassifyErrorLine))]
[JsonSerializable(typeof(ClassifyCommand.Line), TypeInfoPropertyName = "ClassifyInputLine")]
[JsonSerializable(typeof(StatementsFile.Line), TypeInfoPropertyName = "StatementsFileLine")]
[JsonSerializable(typeof(StatementClassification))]
[JsonSerializable(typeof(SpeakerKind))]
[JsonSerializable(typeof(StatementRecord))]
[JsonSerializable(typeof(Publishing.Statements.Keys.ApiKeyRecord))]
[JsonSerializable(typeof(IdempotencyStore.Reservation))]
[JsonSerializable(typeof(StatementAccepted))]
[JsonSerializable(typeof(StatementList))]
[JsonSerializable(typeof(StatementHistory))]
[JsonSerializable(typeof(StatementView))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ReportRecord))]
[JsonSerializable(typeof(BlobOutcome))]
[JsonSerializable(typeof(ReadAttempt))]
[JsonSerializable(typeof(PressSummary))]
[JsonSerializable(typeof(ComposeRequest))]
[JsonSerializable(typeof(PublishRequest))]
[JsonSerializable(typeof(SummaryList))]
[JsonSerializable(typeof(SummaryVersionList))]
[JsonSerializable(typeof(PoisonEnvelope))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ProblemBody))]
[JsonSerializable(typeof(InvocationResponse))]
[JsonSerializable(typeof(DeliveryMessage))]
[JsonSerializable(typeof(EmailDeliverer.Receipt))]
[JsonSerializable(typeof(DeliveryRecord))]
[JsonSerializable(typeof(DeadLetterRecord))]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(SubscriptionView))]
[JsonSerializable(typeof(SubscriptionCreated))]
[JsonSerializable(typeof(SubscriptionList))]
[JsonSerializable(typeof(Publishing.Approval.HeldDocument))]
[JsonSerializable(typeof(Publishing.Distribution.Steps.EmailConfirmation))]
[JsonSerializable(typeof(Publishing.Distribution.Email.EmailConfirmationSender.Receipt), TypeInfoPropertyName = "EmailConfirmationReceipt")]
[JsonSerializable(typeof(Publishing.Approval.HeldList))]
[JsonSerializable(typeof(Publishing.Approval.HeldDecision))]
internal sealed partial class PublishingJsonContext : JsonSerializerContext;
