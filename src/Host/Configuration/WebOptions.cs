namespace TriThuc.Host.Configuration;

/// <summary>The web pages the host serves (<c>TriThuc:Web</c>).</summary>
public sealed class WebOptions
{
    /// <summary>The folder of the built pages (web/dist, copied to wwwroot beside the host by its build); relative to the host's binaries unless absolute.</summary>
    public string Root { get; set; } = "wwwroot";
}
