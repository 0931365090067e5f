using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Security;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// The input of a partial update: a field the caller left out is unchanged, a field sent as null is cleared.
/// <see cref="PartialInputGraphType{T}"/> records which fields were sent, by their GraphQL names.
/// </summary>
public abstract class PartialInput
{
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);
    private readonly List<string> _sentSensitive = [];

    /// <summary>The GraphQL names of the fields the caller sent, null or not.</summary>
    public IReadOnlySet<string> Sent => _sent;

    public bool Has(string field) => _sent.Contains(field);

    /// <summary>The sent value when the caller sent the field, else <paramref name="current"/>.</summary>
    public T Or<T>(string field, T sent, T current) => Has(field) ? sent : current;

    /// <summary>
    /// Refuses a change to a field the caller may not read (an input field marked <c>.Sensitive()</c>): whoever cannot
    /// see a value must not overwrite it, nor learn it by guessing and watching the history.
    /// </summary>
    public void RequireMayChange(PlatformUser user)
    {
        if (_sentSensitive.Count > 0 && !user.HasPermission(Permissions.PersonalDataRead))
        {
            throw new DomainException(ErrorCodes.Forbidden,
                $"Bạn không có quyền xem dữ liệu cá nhân nên không được sửa trường '{_sentSensitive[0]}'; hãy bỏ trường này khỏi yêu cầu.",
                _sentSensitive[0]);
        }
    }

    internal void MarkSent(string field, bool sensitive)
    {
        _sent.Add(field);
        if (sensitive)
        {
            _sentSensitive.Add(field);
        }
    }
}
