using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Publishing.Tests.Hosting;

/// <summary>Free loopback ports, and bare quiet ASP.NET Core apps on them for the fakes of remote services.</summary>
internal static class LoopbackApps
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <returns>An app to map routes on and start, and its base address.</returns>
    public static (WebApplication App, Uri BaseUrl) Create()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        return (builder.Build(), new Uri($"http://127.0.0.1:{port}/"));
    }
}
