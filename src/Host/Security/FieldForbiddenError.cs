using GraphQL.Validation;

namespace TriThuc.Host.Security;

/// <summary>The caller may not use a field the request selects; the whole request is refused before anything runs.</summary>
internal sealed class FieldForbiddenError : ValidationError
{
    public FieldForbiddenError(string coordinate, bool signedIn)
        : base(signedIn
            ? $"Bạn không có quyền dùng trường '{coordinate}'."
            : $"Cần đăng nhập để dùng trường '{coordinate}'.")
    {
        Code = ErrorCodes.Forbidden;
        Coordinate = coordinate;
    }

    public string Coordinate { get; }
}
