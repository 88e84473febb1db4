namespace Publishing.Distribution.Feeds;

/// <summary>Where the source report and each form of the summary live.</summary>
public sealed record FeedEntryLinks(Uri ReportPdf, Uri Html, Uri Markdown, Uri Text, Uri Json);
