using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Science.Initiatives;

public sealed class ScienceInitiativeType : ObjectGraphType<Initiative>
{
    public ScienceInitiativeType()
    {
        Name = "ScienceInitiative";
        Description = "Một sáng kiến hoặc sáng chế.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<InitiativeKind>>>("kind").Description("Sáng kiến hay sáng chế.").Resolve(c => c.Source.Kind);
        Field(i => i.Title).Description("Tên.");
        Field(i => i.Number, nullable: true).Description("Số bằng, số giấy chứng nhận.");
        Field<NonNullGraphType<EnumType<RecognitionLevel>>>("level").Description("Cấp công nhận.").Resolve(c => c.Source.Level);
        Field(i => i.Year).Description("Năm công nhận.");
        this.PeopleField("holders", i => i.Holders.Select(h => h.IntellectualId)).Description("Tác giả, chủ sở hữu.");
    }
}
