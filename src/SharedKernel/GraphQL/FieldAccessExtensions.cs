using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using TriThuc.SharedKernel.Security;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// Declares, next to a field, who may use it. A root field or mutation without a declaration is
/// refused to everyone; a nested field without one is readable by whoever may read its parent.
/// </summary>
public static class FieldAccessExtensions
{
    public static FieldBuilder<TSource, TReturn> Access<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, FieldAccess access)
    {
        field.FieldType.Access(access);
        return field;
    }

    public static ConnectionBuilder<TSource> Access<TSource>(this ConnectionBuilder<TSource> connection, FieldAccess access)
    {
        connection.FieldType.Access(access);
        return connection;
    }

    /// <summary>A mutation that editors of the declaring module (and administrators) may run.</summary>
    public static FieldBuilder<TSource, TReturn> Writes<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Access(FieldAccess.WritesOwnModule);

    /// <summary>Marks personal data that is sensitive or protected by law: readable only with <see cref="Permissions.PersonalDataRead"/>, and each read is logged.</summary>
    public static FieldBuilder<TSource, TReturn> Sensitive<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.WithMetadata(FieldAccess.SensitiveMetadataKey, true);
        return field;
    }

    public static FieldType Access(this FieldType field, FieldAccess access)
    {
        field.WithMetadata(FieldAccess.MetadataKey, access);
        return field;
    }

    public static FieldAccess? GetAccess(this IFieldType field) => field.GetMetadata<FieldAccess?>(FieldAccess.MetadataKey);

    public static bool IsSensitive(this IFieldType field) => field.GetMetadata(FieldAccess.SensitiveMetadataKey, false);
}
