using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Identity;

namespace TriThuc.SharedKernel.Security;

public static class EndpointAccessExtensions
{
    /// <summary>Applies the same access rule to a plain HTTP endpoint as to a GraphQL field: 401 for anonymous callers, 403 for others.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder endpoint, FieldAccess access) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>().Access;
            if (AccessPolicy.Allows(user, access, sensitive: false))
            {
                return await next(context);
            }

            return user.IsAuthenticated
                ? ErrorResponse.Json(ErrorCodes.Forbidden, "Bạn không có quyền dùng chức năng này.", StatusCodes.Status403Forbidden)
                : ErrorResponse.Json(ErrorCodes.Unauthenticated, "Cần đăng nhập để dùng chức năng này.", StatusCodes.Status401Unauthorized);
        });
}
