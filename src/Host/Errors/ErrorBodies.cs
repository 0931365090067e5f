using Microsoft.AspNetCore.Diagnostics;

namespace TriThuc.Host.Errors;

/// <summary>
/// Every error the host answers outside GraphQL has a body with a stable code and a Vietnamese message, in every
/// environment: a refusal thrown by a module's endpoint (<see cref="DomainException"/>) gets its own status, any other
/// failure a 500 with the request id and nothing else (no stack trace, no build path, no echoed header or token),
/// and a status without a body (404, 405, 413 from the server) gets one. A failure after the body has begun aborts
/// the connection, so a download cut short is never taken for a whole one.
/// </summary>
internal static class ErrorBodies
{
    public static void Use(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TriThuc.Host.Errors");
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                if (!http.Response.HasStarted)
                {
                    http.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                }
            }
            catch (Exception error) when (http.Response.HasStarted)
            {
                logger.LogError(error, "A response failed after it had begun; the connection is aborted");
                http.Abort();
            }
            catch (DomainException refused)
            {
                logger.LogInformation("Refused {Path}: {Code} {Reason}", http.Request.Path, refused.Code, refused.Message);
                await ErrorResponse.WriteAsync(http.Response, refused.Code, refused.Message, ErrorResponse.StatusOf(refused.Code));
            }
            catch (BadHttpRequestException bad)
            {
                logger.LogInformation("Bad request {Path}: {Reason}", http.Request.Path, bad.Message);
                var (code, message) = ForStatus(bad.StatusCode);
                await ErrorResponse.WriteAsync(http.Response, code, message, bad.StatusCode);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Request {Path} failed", http.Request.Path);
                http.Response.Clear();
                await ErrorResponse.WriteAsync(http.Response, ErrorCodes.Internal, GraphQL.PlatformErrorInfoProvider.InternalErrorMessage, StatusCodes.Status500InternalServerError);
            }
        });
        app.UseStatusCodePages(async context =>
        {
            var response = context.HttpContext.Response;
            var (code, message) = ForStatus(response.StatusCode);
            await ErrorResponse.WriteAsync(response, code, message, response.StatusCode);
        });
    }

    /// <summary>The code and message of a status the server answered without saying why.</summary>
    public static (string Code, string Message) ForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => (ErrorCodes.NotFound, "Không có trang hay địa chỉ này trên máy chủ; hãy kiểm tra lại đường dẫn."),
        StatusCodes.Status405MethodNotAllowed => (ErrorCodes.BadRequest, "Địa chỉ này không nhận phương thức HTTP đó (xem tiêu đề Allow)."),
        StatusCodes.Status413PayloadTooLarge => (ErrorCodes.RequestTooLarge, "Yêu cầu gửi lên lớn quá giới hạn của máy chủ; hãy gửi ít dữ liệu hơn."),
        StatusCodes.Status414UriTooLong => (ErrorCodes.RequestTooLarge, "Địa chỉ yêu cầu dài quá giới hạn; hãy gửi truy vấn bằng POST."),
        StatusCodes.Status401Unauthorized => (ErrorCodes.Unauthenticated, "Cần đăng nhập: mã truy cập (token) thiếu hoặc không hợp lệ."),
        StatusCodes.Status403Forbidden => (ErrorCodes.Forbidden, "Tài khoản này không có quyền làm việc này."),
        StatusCodes.Status415UnsupportedMediaType => (ErrorCodes.BadRequest, "Kiểu nội dung (Content-Type) của yêu cầu không được nhận ở địa chỉ này."),
        StatusCodes.Status429TooManyRequests => ("TOO_MANY_REQUESTS", "Quá nhiều yêu cầu trong thời gian ngắn; hãy chờ rồi thử lại (xem tiêu đề Retry-After)."),
        >= 500 => (ErrorCodes.Internal, GraphQL.PlatformErrorInfoProvider.InternalErrorMessage),
        _ => (ErrorCodes.BadRequest, "Yêu cầu không hợp lệ."),
    };
}
