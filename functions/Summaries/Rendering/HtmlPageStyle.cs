namespace Publishing.Summaries.Rendering;

/// <summary>
/// The press page's inline stylesheet: a readable single column, the grade-in-context block first, grades as
/// labelled chips whose colours pass WCAG AA contrast (the words are always printed too), tables that wrap rather
/// than overflow on a phone, and a print stylesheet (A4 margins, black on white, link addresses printed, no block
/// split across pages).
/// </summary>
internal static class HtmlPageStyle
{
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        body{margin:0;color:#1b1b1b;background:#fff;font:1rem/1.55 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
        main{max-width:48rem;margin:0 auto;padding:1rem 1rem 3rem;overflow-wrap:break-word}
        .kicker{margin:0 0 .4rem;font-size:.9rem;font-weight:600;letter-spacing:.02em;text-transform:uppercase;color:#3b3b3b}
        h1{margin:0 0 1rem;font-size:clamp(1.5rem,4.5vw,2.2rem);line-height:1.2}
        h2{margin:2.2rem 0 .8rem;padding-bottom:.3rem;font-size:1.35rem;border-bottom:3px solid #1b1b1b}
        h3{margin:1.4rem 0 .5rem;font-size:1.1rem}
        .standfirst{font-size:1.12rem;font-weight:600;margin:1.2rem 0}
        .version{padding:.5rem .75rem;background:#f3f2f1;border-left:5px solid #1d4f91}
        .grade-in-context{margin:0;padding:1rem 1.1rem;border:2px solid #1b1b1b;border-radius:4px;background:#f8f8f8}
        .grade-in-context h2{margin:0 0 .6rem;padding:0;border:0;font-size:1rem;text-transform:uppercase;letter-spacing:.04em}
        .overall{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1rem;margin:0 0 .8rem}
        .overall .label{font-weight:600}
        .chip{display:inline-block;padding:.15rem .55rem;border-radius:3px;font-weight:700;line-height:1.4}
        .overall .chip{font-size:1.35rem}
        .grade-outstanding{background:#1d4f91;color:#fff}.grade-good{background:#00703c;color:#fff}
        .grade-ri{background:#ffdd00;color:#1b1b1b}.grade-inadequate{background:#b10e1e;color:#fff}.grade-other{background:#dedede;color:#1b1b1b}
        .no-grade{font-size:1.1rem;font-weight:700}
        .subs{list-style:none;margin:0 0 .8rem;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.4rem}
        .subs li{display:flex;justify-content:space-between;align-items:center;gap:.6rem;padding:.35rem .5rem;background:#fff;border:1px solid #b1b4b6}
        .subs .chip{flex:0 0 auto;max-width:55%;text-align:center}
        .context-line{margin:.3rem 0}
        table{border-collapse:collapse;width:100%;table-layout:fixed}
        caption{text-align:left;font-weight:600;padding:.4rem 0}
        th,td{border:1px solid #505050;padding:.45rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
        thead th{background:#e8e8e8}
        col.judgement{width:52%}col.grade{width:34%}col.page{width:14%}
        blockquote{margin:.6rem 0;padding:.1rem 0 .1rem 1rem;border-left:4px solid #505050}
        .reaction{margin:1.2rem 0}.reaction figcaption{font-weight:700}
        a{color:#1d4f91}a:focus{outline:3px solid #ffbf47;background:#ffbf47;color:#0b0c0c}
        .source{color:#3b3b3b;font-size:.9rem}
        @media print{
        @page{size:A4;margin:16mm 15mm}
        body{font-size:10.5pt;color:#000}main{max-width:none;padding:0}
        .grade-in-context{background:none;border:1.5pt solid #000}
        .chip{-webkit-print-color-adjust:exact;print-color-adjust:exact;border:1pt solid #000}
        a{color:#000;text-decoration:none}a[href]::after{content:" (" attr(href) ")";font-size:8.5pt;overflow-wrap:anywhere}
        h2,h3{break-after:avoid}.grade-in-context,tr,li,figure{break-inside:avoid}
        }
        """;
}
