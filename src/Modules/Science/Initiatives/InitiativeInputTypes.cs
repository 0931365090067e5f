namespace TriThuc.Modules.Science.Initiatives;

public sealed class ScienceInitiativeInputType : InputObjectGraphType<InitiativeInput>
{
    public ScienceInitiativeInputType()
    {
        Name = "ScienceInitiativeInput";
        Description = "Một sáng kiến hoặc sáng chế.";
        Field<NonNullGraphType<EnumType<InitiativeKind>>>("kind").Description("Sáng kiến hay sáng chế.");
        Field(i => i.Title).Description("Tên.");
        Field(i => i.Number, nullable: true).Description("Số bằng, số giấy chứng nhận.");
        Field<NonNullGraphType<EnumType<RecognitionLevel>>>("level").Description("Cấp công nhận.");
        Field(i => i.Year).Description("Năm công nhận.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("holderIds").Description("Tác giả, chủ sở hữu (hồ sơ trí thức), ít nhất một người.");
    }
}

public sealed class ScienceInitiativeFilterType : InputObjectGraphType<InitiativeFilter>
{
    public ScienceInitiativeFilterType()
    {
        Name = "ScienceInitiativeFilter";
        Description = "Bộ lọc danh sách sáng kiến, sáng chế.";
        Field<EnumType<InitiativeKind>>("kind").Description("Sáng kiến hay sáng chế.");
        Field<EnumType<RecognitionLevel>>("level").Description("Cấp công nhận.");
        Field(f => f.Year, nullable: true).Description("Năm công nhận.");
        Field(f => f.HolderId, type: typeof(IdGraphType)).Description("Của trí thức này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu.");
    }
}
