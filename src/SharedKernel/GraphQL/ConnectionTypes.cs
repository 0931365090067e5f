using GraphQL;
using GraphQL.Types;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.SharedKernel.GraphQL;

/// <summary>
/// A page of a list in the schema, named after its rows' type (<c>ScienceProjectConnection</c> for
/// <c>ScienceProjectType</c>): the rows (<c>nodes</c>), the rows with their cursors (<c>edges</c>), where the page
/// stands (<c>pageInfo</c>) and the whole list's size (<c>totalCount</c>). Every part is non-null.
/// </summary>
public sealed class ConnectionType<TNodeType> : ObjectGraphType<IConnection>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = NodeName.Of<TNodeType>();
        Name = node + "Connection";
        Description = $"Một trang của danh sách {node}: các bản ghi (nodes), các bản ghi kèm con trỏ (edges), vị trí của trang (pageInfo) và tổng số bản ghi (totalCount). Không có id: là một phần của trường danh sách chứa nó.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("Các bản ghi của trang, theo thứ tự của danh sách.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>>("edges")
            .Description("Các bản ghi của trang, mỗi bản ghi kèm con trỏ (cursor) trỏ tới nó.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Trang này đứng ở đâu trong danh sách: còn trang trước, trang sau không, và con trỏ đầu, cuối trang.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Tổng số bản ghi của cả danh sách (theo bộ lọc), không chỉ của trang này.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("items")
            .Description("Các bản ghi của trang, như nodes.")
            .DeprecationReason("Dùng nodes; items sẽ được bỏ ở bản phát hành sau.")
            .Resolve(c => c.Source.Nodes);
    }
}

/// <summary>A row of a page and the cursor that points at it (<c>ScienceProjectEdge</c>).</summary>
public sealed class EdgeType<TNodeType> : ObjectGraphType<IEdge>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        var node = NodeName.Of<TNodeType>();
        Name = node + "Edge";
        Description = $"Một bản ghi {node} của trang và con trỏ của nó. Không có id: là một phần của trang chứa nó (khóa của bản ghi: node.id).";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Con trỏ trỏ tới bản ghi này: truyền vào after hoặc before để lấy trang sau hoặc trang trước nó. Chuỗi mờ: đừng đọc nội dung.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("Bản ghi.").Resolve(c => c.Source.Node);
    }
}

/// <summary>Where a page stands in its list.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Vị trí của một trang trong danh sách. Không có id: là một phần của trang chứa nó, không lưu riêng trong bộ nhớ đệm phía client.";
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Còn bản ghi trước trang này.").Resolve(c => c.Source.HasPreviousPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Còn bản ghi sau trang này.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("startCursor").Description("Con trỏ của bản ghi đầu trang; trống khi trang rỗng.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Con trỏ của bản ghi cuối trang; trống khi trang rỗng.").Resolve(c => c.Source.EndCursor);
    }
}

/// <summary>The GraphQL name of a row type, from its class by the schema's naming rule (<c>ScienceProjectType</c> shows <c>ScienceProject</c>).</summary>
internal static class NodeName
{
    public static string Of<TNodeType>() =>
        typeof(TNodeType).Name is var name && name.EndsWith("Type", StringComparison.Ordinal) ? name[..^"Type".Length] : typeof(TNodeType).Name;
}
