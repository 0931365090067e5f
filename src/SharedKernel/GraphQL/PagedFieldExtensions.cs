using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// A list field: a connection of <typeparamref name="TNodeType"/> (<see cref="ConnectionType{TNodeType}"/>), non-null,
/// with the cursor arguments every list takes, described. Resolve it with <see cref="ServiceResolverExtensions.Page"/>.
/// </summary>
public static class PagedFieldExtensions
{
    public static FieldBuilder<object, object> Paged<TNodeType>(this IComplexGraphType type, string name)
        where TNodeType : IGraphType
    {
        var field = FieldBuilder<object, object>.Create(name, typeof(NonNullGraphType<ConnectionType<TNodeType>>))
            .Argument<IntGraphType>("first", $"Số bản ghi của trang, đếm từ đầu danh sách hoặc từ sau con trỏ after: từ 0 đến {PagingArguments.MaxPageSize}; mặc định {PagingArguments.DefaultPageSize}.")
            .Argument<StringGraphType>("after", "Con trỏ (cursor) của bản ghi mà trang bắt đầu ngay sau nó.")
            .Argument<IntGraphType>("last", $"Số bản ghi của trang, đếm từ cuối danh sách hoặc từ trước con trỏ before: từ 0 đến {PagingArguments.MaxPageSize}.")
            .Argument<StringGraphType>("before", "Con trỏ của bản ghi mà trang kết thúc ngay trước nó.");
        type.AddField(field.FieldType);
        return field;
    }
}
