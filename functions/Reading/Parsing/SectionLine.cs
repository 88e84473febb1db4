using Publishing.Reading.Layout;

namespace Publishing.Reading.Parsing;

/// <summary>A line inside a section, with the page it is printed on and that page's usual line pitch.</summary>
internal readonly record struct SectionLine(LayoutLine Line, int Page, double Pitch);
