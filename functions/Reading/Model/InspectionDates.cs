namespace Publishing.Reading.Model;

/// <summary>The inspection's fieldwork dates.</summary>
/// <param name="Start">First day on site.</param>
/// <param name="End">Last day on site.</param>
/// <param name="Printed">The dates as the report prints them.</param>
public sealed record InspectionDates(DateOnly Start, DateOnly End, string Printed);
