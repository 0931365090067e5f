using Microsoft.Extensions.DependencyInjection;
using GraphQL;
using GraphQL.Types;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.GraphQL;

public sealed class OrganisationUnitType : ObjectGraphType<OrganisationUnit>
{
    public OrganisationUnitType()
    {
        Name = "OrganisationUnit";
        Description = "Đơn vị, cơ quan hoặc đơn vị hành chính; đơn vị giải thể được đóng và có đơn vị kế thừa, không bị xóa.";
        Field(u => u.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(u => u.Code).Description("Mã đơn vị.");
        Field(u => u.Name).Description("Tên đơn vị.");
        Field<NonNullGraphType<UnitKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(u => u.IsRemoteArea).Description("Thuộc vùng sâu, vùng xa, biên giới.");
        Field(u => u.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu hoạt động.");
        Field(u => u.ValidTo, type: typeof(DateOnlyGraphType)).Description("Ngày đóng; trống khi còn hoạt động.");
        Field<OrganisationUnitType>("parent").Description("Đơn vị cấp trên.")
            .ResolveAsync(async c => c.Source.ParentId is { } id ? (await Units(c).AllAsync(c.CancellationToken)).GetValueOrDefault(id) : null);
        Field<OrganisationUnitType>("successor").Description("Đơn vị kế thừa khi đơn vị này đóng.")
            .ResolveAsync(async c => c.Source.SuccessorId is { } id ? (await Units(c).AllAsync(c.CancellationToken)).GetValueOrDefault(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationUnitType>>>>("children")
            .Description("Đơn vị trực thuộc.")
            .Argument<BooleanGraphType>("includeClosed", "Kể cả đơn vị đã đóng (mặc định: không).")
            .ResolveAsync(async c =>
            {
                var includeClosed = c.GetArgument<bool?>("includeClosed") ?? false;
                return (await Units(c).AllAsync(c.CancellationToken)).Values
                    .Where(u => u.ParentId == c.Source.Id && (includeClosed || u.ValidTo is null))
                    .OrderBy(u => u.Code, StringComparer.Ordinal)
                    .ToList();
            });
    }

    private static UnitService Units(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<UnitService>();
}
