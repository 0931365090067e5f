using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TriThuc.Host.Web;

/// <summary>
/// The pages the host serves from its built web folder: the web application (Bảng điều khiển) at <c>/</c> in every
/// environment, with its files under <c>/_trithuc/app/</c>; the GraphiQL IDE to a browser that opens <c>/graphql</c> (a
/// GET asking for HTML, with no query), with its files under <c>/_trithuc/ide/</c>, only while the IDE is on. Nothing is
/// fetched from elsewhere: every page and file carries a Content-Security-Policy that allows this origin only.
/// </summary>
internal sealed class WebPages(string root, bool ideEnabled, string applicationPolicy)
{
    public const string AssetsPath = "/_trithuc";

    /// <summary>The IDE: scripts, styles, fonts and workers from this origin only; Monaco's editors set inline styles and start workers from blobs.</summary>
    public const string IdePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static readonly BuiltPage Application = new("app", "Bảng điều khiển");

    private static readonly BuiltPage Ide = new("ide", "GraphiQL");

    public static WebPages From(PlatformOptions options) =>
        new(Path.GetFullPath(options.Web.Root, AppContext.BaseDirectory), options.GraphQL.EnableIde, ApplicationPolicy(options.Authentication.Authority));

    /// <summary>
    /// The application's policy: no inline script or style at all. Signing in through an identity provider sends the
    /// browser to it and asks it for the token, so its origin is allowed to be connected to.
    /// </summary>
    public static string ApplicationPolicy(string? authority)
    {
        var identityProvider = Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? " " + uri.GetLeftPart(UriPartial.Authority) : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
            + $"connect-src 'self'{identityProvider}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'{identityProvider}; object-src 'none'";
    }

    /// <summary>The built pages' files: the application's always, the IDE's only while the IDE is on (Production serves none of them).</summary>
    /// <summary>
    /// Compression of the built files (the application's script is 450 KB, 140 KB in gzip). Only those: they hold no
    /// secret, so compressing them over TLS gives nothing away (BREACH), unlike the API's answers.
    /// </summary>
    public static void AddServices(IServiceCollection services) =>
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });

    public void MapAssets(WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(AssetsPath), files => files.UseResponseCompression());
        ServeFiles(app, Application, applicationPolicy);
        if (ideEnabled)
        {
            ServeFiles(app, Ide, IdePolicy);
        }
    }

    private void ServeFiles(WebApplication app, BuiltPage page, string policy)
    {
        var folder = Path.Combine(root, page.Folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = $"{AssetsPath}/{page.Folder}",
            OnPrepareResponse = file =>
            {
                Protect(file.Context.Response, policy);
                // Built files carry a hash of their content in their names: a new build is a new name.
                file.Context.Response.Headers.CacheControl = file.File.Name.EndsWith(".html", StringComparison.Ordinal)
                    ? "no-cache"
                    : "public, max-age=31536000, immutable";
            },
        });
    }

    private static void Protect(HttpResponse response, string policy)
    {
        response.Headers[HeaderNames.ContentSecurityPolicy] = policy;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>A browser opening /graphql: a GET for HTML, without a GraphQL query.</summary>
    public bool IsIdeRequest(HttpContext http) =>
        ideEnabled && HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query")
        && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public Task ServeIdeAsync(HttpContext http) => ServeAsync(http, Ide, IdePolicy);

    public Task ServeApplicationAsync(HttpContext http) => ServeAsync(http, Application, applicationPolicy);

    private async Task ServeAsync(HttpContext http, BuiltPage page, string policy)
    {
        Protect(http.Response, policy);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentType = "text/html; charset=utf-8";
        var file = Path.Combine(root, page.Folder, "index.html");
        if (File.Exists(file))
        {
            await http.Response.SendFileAsync(file, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await http.Response.WriteAsync(
            $"<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>{page.Title}</title><p>Không tìm thấy trang {page.Title} đã dựng "
            + "trong thư mục TriThuc:Web:Root. Trang được dựng khi build máy chủ nếu máy có Node.js 20 trở lên và npm (và không đặt "
            + "-p:TriThucSkipWeb=true); hãy build lại hoặc sửa đường dẫn đó. Trong lúc đó, gửi truy vấn bằng POST tới /graphql.</p></html>",
            http.RequestAborted);
    }

    private sealed record BuiltPage(string Folder, string Title);
}
