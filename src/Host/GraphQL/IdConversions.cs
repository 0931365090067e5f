using System.Globalization;
using System.Numerics;
using GraphQL;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// The platform's ids are GUIDs, which clients send as strings. GraphQL's <c>ID</c> also takes an integer, for which
/// graphql-dotnet has no conversion to <see cref="Guid"/>: an integer in a list of ids inside an input object then failed
/// as an internal error (a 500), found by <c>SchemaFuzzTests</c>. An integer is refused here the way a malformed string
/// is (<see cref="Guid.Parse(string)"/>'s <see cref="FormatException"/>), so the caller gets a 400 naming the variable.
/// </summary>
internal static class IdConversions
{
    public static void Register()
    {
        ValueConverter.Register<int, Guid>(value => throw NotAnId(value));
        ValueConverter.Register<long, Guid>(value => throw NotAnId(value));
        ValueConverter.Register<BigInteger, Guid>(value => throw NotAnId(value));
    }

    private static FormatException NotAnId(IFormattable value) =>
        new($"{value.ToString(null, CultureInfo.InvariantCulture)} is not an id: ids are GUIDs, sent as strings.");
}
