using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TriThuc.Host.Web;

/// <summary>
/// The pages the host serves from its built web folder: every asset under <c>/_trithuc/</c>, and the GraphiQL IDE to
/// a browser that opens <c>/graphql</c> (a GET asking for HTML, with no query). Nothing is fetched from elsewhere:
/// every page carries a Content-Security-Policy that allows this origin only.
/// </summary>
internal sealed class WebPages(string root, bool ideEnabled)
{
    public const string AssetsPath = "/_trithuc";

    /// <summary>Scripts, styles, fonts and workers from this origin only; Monaco's editors set inline styles and start workers from blobs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private string IdePage => Path.Combine(root, "ide", "index.html");

    public static WebPages From(PlatformOptions options) =>
        new(Path.GetFullPath(options.Web.Root, AppContext.BaseDirectory), options.GraphQL.EnableIde);

    /// <summary>The built pages' files, only while the IDE is on (Production serves none of them), each under the same policy.</summary>
    public void MapAssets(WebApplication app)
    {
        if (ideEnabled && Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(root),
                RequestPath = AssetsPath,
                OnPrepareResponse = file => Protect(file.Context.Response),
            });
        }
    }

    private static void Protect(HttpResponse response)
    {
        response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>A browser opening /graphql: a GET for HTML, without a GraphQL query.</summary>
    public bool IsIdeRequest(HttpContext http) =>
        ideEnabled && HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query")
        && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async Task ServeIdeAsync(HttpContext http)
    {
        Protect(http.Response);
        http.Response.ContentType = "text/html; charset=utf-8";
        if (File.Exists(IdePage))
        {
            await http.Response.SendFileAsync(IdePage, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await http.Response.WriteAsync(
            "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>GraphiQL</title><p>Không tìm thấy trang GraphiQL đã dựng "
            + "trong thư mục TriThuc:Web:Root. Trang được dựng khi build máy chủ nếu máy có Node.js 20 trở lên và npm (và không đặt "
            + "-p:TriThucSkipWeb=true); hãy build lại hoặc sửa đường dẫn đó. Trong lúc đó, gửi truy vấn bằng POST tới /graphql.</p></html>",
            http.RequestAborted);
    }
}
