namespace TriThuc.SharedKernel.Errors;

/// <summary>
/// A failure the caller can act on: it carries a stable code from <see cref="ErrorCodes"/>, a message
/// in Vietnamese for the clerk, and where it applies the input field at fault. The GraphQL endpoint
/// turns it into an error with <c>extensions.code</c> and <c>extensions.field</c>.
/// </summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;

    public static DomainException Validation(string field, string message) => new(ErrorCodes.Validation, message, field);

    public static DomainException NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static DomainException Conflict(string message, string? field = null) => new(ErrorCodes.Conflict, message, field);

    public static DomainException Forbidden(string message) => new(ErrorCodes.Forbidden, message);
}
