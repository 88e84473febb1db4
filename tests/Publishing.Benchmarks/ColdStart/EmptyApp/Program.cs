var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls($"http://127.0.0.1:{Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") ?? "7071"}");
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "ready");
app.Run();
