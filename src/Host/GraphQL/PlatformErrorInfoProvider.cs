using GraphQL.Execution;
using GraphQL.Validation;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Shapes every GraphQL error the same way: a message a clerk can read, a stable
/// <c>extensions.code</c> from <see cref="ErrorCodes"/>, <c>extensions.field</c> where one input is
/// at fault, and never a stack trace or an internal exception message.
/// </summary>
internal sealed class PlatformErrorInfoProvider(bool fieldSuggestions) : ErrorInfoProvider(options =>
{
    options.ExposeExceptionDetails = false;
    options.ExposeCode = true;
    options.ExposeCodes = false;
    options.ExposeData = false;
})
{
    public const string InternalErrorMessage = "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc báo cho quản trị viên kèm mã yêu cầu (X-Request-Id).";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        var message = info.Message;

        switch (executionError)
        {
            case { InnerException: DomainException domain }:
                extensions["code"] = domain.Code;
                if (domain.Field is not null)
                {
                    extensions["field"] = domain.Field;
                }

                message = domain.Message;
                break;
            case global::GraphQL.Validation.Errors.Custom.ComplexityError:
                extensions["code"] = ErrorCodes.QueryTooComplex;
                message = ValidationMessages.ForComplexity(Suggested(message));
                break;
            case global::GraphQL.Validation.Errors.Custom.NoIntrospectionError:
                extensions["code"] = ErrorCodes.IntrospectionDisabled;
                break;
            case Security.FieldForbiddenError forbidden:
                extensions["code"] = ErrorCodes.Forbidden;
                extensions["field"] = forbidden.Coordinate;
                break;
            case SyntaxError:
                extensions["code"] = ErrorCodes.GraphQLParseFailed;
                message = ValidationMessages.ForSyntax(message);
                break;
            case ValidationError validation:
                extensions["code"] = ErrorCodes.GraphQLValidationFailed;
                if (validation.Code is not null && validation.Code != ErrorCodes.GraphQLValidationFailed)
                {
                    extensions["rule"] = validation.Code;
                }

                (message, var field) = ValidationMessages.For(validation, Suggested(message));
                if (field is not null)
                {
                    extensions["field"] = field;
                }

                break;
            case UnhandledError:
                extensions["code"] = ErrorCodes.Internal;
                message = InternalErrorMessage;
                break;
            default:
                extensions["code"] = executionError.Code ?? ErrorCodes.Internal;
                break;
        }

        extensions.Remove("codes");
        return new ErrorInfo { Message = Suggested(message), Extensions = extensions };
    }

    private string Suggested(string message) => fieldSuggestions ? message : WithoutSuggestions(message);

    /// <summary>Drops graphql-dotnet's "Did you mean …?" hints, which reveal field names a client did not ask for.</summary>
    private static string WithoutSuggestions(string message)
    {
        var hint = message.IndexOf(" Did you mean", StringComparison.Ordinal);
        return hint < 0 ? message : message[..hint];
    }
}
