using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Science.Initiatives;

namespace TriThuc.Modules.Science.GraphQL;

public sealed class InitiativeType : ObjectGraphType<Initiative>
{
    public InitiativeType()
    {
        Name = "Initiative";
        Description = "Một sáng kiến hoặc sáng chế.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<InitiativeKindType>>("kind").Description("Sáng kiến hay sáng chế.").Resolve(c => c.Source.Kind);
        Field(i => i.Title).Description("Tên.");
        Field(i => i.Number, nullable: true).Description("Số bằng, số giấy chứng nhận.");
        Field<NonNullGraphType<RecognitionLevelType>>("level").Description("Cấp công nhận.").Resolve(c => c.Source.Level);
        Field(i => i.Year).Description("Năm công nhận.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SciencePersonType>>>>("holders").Description("Tác giả, chủ sở hữu.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ScienceLoaders>().PeopleIn(c.Source.Holders.Select(h => h.IntellectualId)));
    }
}
