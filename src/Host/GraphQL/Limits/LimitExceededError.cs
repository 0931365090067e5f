using GraphQL.Validation;

namespace TriThuc.Host.GraphQL.Limits;

/// <summary>A document refused by one of the abuse limits; its code names the limit.</summary>
internal sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
