using System.Globalization;
using Publishing.Distribution.Feeds;
using Publishing.Hosting;
using Publishing.Hosting.Local;
using Publishing.Storage;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing serve</c>. Under the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set) it is the custom handler on
/// that port. Otherwise it runs the whole pipeline on this machine: storage from AzureWebJobsStorage or --storage,
/// else an Azurite it starts itself; the reports container and a drop folder watched; queue steps in-process.
/// </summary>
internal static class ServeCommand
{
    private static readonly HashSet<string> Flags = ["--json-logs", "--untrusted-drop"];

    public static async Task<int> RunAsync(string[] args)
    {
        CommandArguments arguments;
        try { arguments = new CommandArguments(args, Flags); }
        catch (ArgumentException e) { return Usage(e.Message); }

        var handlerPort = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        var underHost = !string.IsNullOrEmpty(handlerPort);
        var port = underHost ? handlerPort! : arguments.Get("--port") ?? "7071";
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber)) return Usage($"'{port}' is not a port number.");
        // Before anything is started: a busy port would otherwise be found only after Azurite and storage were set up.
        if (PortInUse(portNumber)) return PortInUseMessage(portNumber);

        var storage = arguments.Get("--storage") is { } given ? new StorageOptions { ConnectionString = given } : StorageOptions.FromEnvironment();
        await using var azurite = storage is null && !underHost ? await StartAzuriteAsync() : null;
        if (azurite is not null) storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        if (storage is null) return Usage("Under the Functions host, AzureWebJobsStorage (or AzureWebJobsStorage__accountName) must be set.");

        var host = underHost ? "127.0.0.1" : "localhost";
        FeedTag? feedTag = null;
        if (Environment.GetEnvironmentVariable("PUBLISHING_TAG_AUTHORITY") is { Length: > 0 } tagSetting && !FeedTag.TryParse(tagSetting, out feedTag, out var tagError)) return Usage($"PUBLISHING_TAG_AUTHORITY: {tagError}");
        var options = new PublishingHostOptions
        {
            Storage = storage,
            Urls = [$"http://127.0.0.1:{portNumber}"],
            RunsPipelineLocally = !underHost,
            DropFolder = underHost ? null : arguments.Get("--drop") ?? LocalState.DropFolder(),
            OutcomesDirectory = Summaries.Context.OutcomesSource.Folder(arguments.Get("--outcomes") ?? Environment.GetEnvironmentVariable("PUBLISHING_OUTCOMES"), LocalState.OutcomesFolder()),
            PublicBaseUrl = new Uri(Environment.GetEnvironmentVariable("PUBLISHING_PUBLIC_URL") ?? $"http://{host}:{portNumber}/"),
            FeedTag = feedTag,
            JsonLogs = arguments.Has("--json-logs") || underHost,
            SecretProtectionKey = Environment.GetEnvironmentVariable("PUBLISHING_SECRET_PROTECTION_KEY") ?? (underHost ? null : LocalState.SecretProtectionKey()),
            AllowLoopbackWebhooks = !underHost,
            Smtp = SmtpFromEnvironment(),
            Provenance = Reports.Provenance.ProvenanceOptions.FromEnvironment(Environment.GetEnvironmentVariable, trustDropFolder: !underHost && !arguments.Has("--untrusted-drop")),
        };

        // A configured outcomes folder that cannot be read is refused here, with its reason, not at the first summary.
        try { Summaries.Context.OutcomesSource.Load(options.OutcomesDirectory); }
        catch (Exception e) when (e is Summaries.Context.OutcomesDataException or IOException or UnauthorizedAccessException) { return Usage($"outcomes: {e.Message}"); }

        var app = PublishingApp.Build(options);
        // Under the Functions host the infrastructure has created the storage, and the host waits for "/" to answer
        // before it sends work: check storage after starting rather than delay the first answer.
        if (underHost) app.Lifetime.ApplicationStarted.Register(() => _ = app.Services.EnsureStorageInBackgroundAsync());
        else await app.Services.EnsureStorageAsync();
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException or System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
        {
            await app.DisposeAsync();
            return PortInUseMessage(portNumber);
        }
        if (!underHost)
        {
            Console.Error.WriteLine($"publishing: API on http://localhost:{portNumber}/api (health: /api/health)");
            Console.Error.WriteLine($"publishing: storage {(azurite is null ? "as configured" : "Azurite (local, started by this command)")}; drop report PDFs into {options.DropFolder}");
            Console.Error.WriteLine("publishing: issue an API key for a body with: publishing keys issue --body \"<name>\" --kind <speaker kind>");
        }
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    private static bool PortInUse(int port)
    {
        try
        {
            using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            probe.Start();
            return false;
        }
        catch (System.Net.Sockets.SocketException e) when (e.SocketErrorCode == System.Net.Sockets.SocketError.AddressAlreadyInUse)
        {
            return true;
        }
    }

    private static int PortInUseMessage(int port)
    {
        Console.Error.WriteLine($"publishing serve: port {port} is in use: another program (perhaps another 'publishing serve') listens on 127.0.0.1:{port}. Stop it, or pass --port <n>.");
        return 1;
    }

    /// <summary>PUBLISHING_SMTP_HOST (required to send email), _PORT, _SECURITY (starttls|ssl|none), _USER, _PASSWORD, _FROM.</summary>
    private static Distribution.Email.SmtpOptions? SmtpFromEnvironment()
    {
        var host = Environment.GetEnvironmentVariable("PUBLISHING_SMTP_HOST");
        if (string.IsNullOrWhiteSpace(host)) return null;
        var options = new Distribution.Email.SmtpOptions { Host = host };
        if (int.TryParse(Environment.GetEnvironmentVariable("PUBLISHING_SMTP_PORT"), out var port)) options.Port = port;
        options.Security = Environment.GetEnvironmentVariable("PUBLISHING_SMTP_SECURITY") switch
        {
            "none" => Distribution.Email.SmtpSecurity.None,
            "ssl" => Distribution.Email.SmtpSecurity.SslOnConnect,
            _ => Distribution.Email.SmtpSecurity.StartTls,
        };
        options.UserName = Environment.GetEnvironmentVariable("PUBLISHING_SMTP_USER");
        options.Password = Environment.GetEnvironmentVariable("PUBLISHING_SMTP_PASSWORD");
        if (Environment.GetEnvironmentVariable("PUBLISHING_SMTP_FROM") is { Length: > 0 } from) options.FromAddress = from;
        return options;
    }

    private static async Task<AzuriteLauncher> StartAzuriteAsync()
    {
        var tool = AzuriteLauncher.FindToolDirectory()
            ?? throw new InvalidOperationException("No storage configured and infra/azurite not found: set AzureWebJobsStorage or pass --storage.");
        var azurite = new AzuriteLauncher(tool, LocalState.AzuriteData());
        Console.Error.WriteLine("publishing: no storage configured; starting Azurite (first run installs it with npm)...");
        await azurite.StartAsync();
        if (azurite.Reused) Console.Error.WriteLine("publishing: reusing the Azurite a previous 'serve' started on this folder (it was still running)");
        LocalState.SaveEmulatorConnection(azurite.ConnectionString);
        return azurite;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"publishing serve: {problem}");
        Console.Error.WriteLine("usage: publishing serve [--port 7071] [--storage <connection string>] [--drop <folder>] [--untrusted-drop] [--outcomes <folder>] [--json-logs]");
        return 2;
    }
}
