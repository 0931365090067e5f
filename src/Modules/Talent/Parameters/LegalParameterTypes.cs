namespace TriThuc.Modules.Talent.Parameters;

public sealed class TalentLegalParameterType : ObjectGraphType<LegalParameter>
{
    public TalentLegalParameterType()
    {
        Name = "TalentLegalParameter";
        Description = "Một mức hoặc tỷ lệ do văn bản pháp luật quy định, áp dụng từ một ngày đến khi có mức mới.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<LegalParameterKind>>>("kind").Description("Loại.").Resolve(c => c.Source.Kind);
        Field(p => p.Value).Description("Giá trị (đồng, tỷ lệ hoặc số tháng tùy loại).");
        Field(p => p.EffectiveFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Áp dụng từ ngày.");
        Field(p => p.Instrument).Description("Văn bản quy định.");
    }
}

public sealed class TalentLegalParameterInputType : InputObjectGraphType<LegalParameterInput>
{
    public TalentLegalParameterInputType()
    {
        Name = "TalentLegalParameterInput";
        Description = "Một mức mới do văn bản pháp luật quy định.";
        Field<NonNullGraphType<EnumType<LegalParameterKind>>>("kind").Description("Loại.");
        Field(p => p.Value).Description("Giá trị, lớn hơn 0 (tỷ lệ viết dạng thập phân: 0.7 là 70%).");
        Field(p => p.EffectiveFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Áp dụng từ ngày.");
        Field(p => p.Instrument).Description($"Văn bản quy định, tối đa {LegalParameterRules.MaxInstrumentLength} ký tự.");
    }
}
