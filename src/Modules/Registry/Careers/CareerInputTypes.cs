namespace TriThuc.Modules.Registry.Careers;

public sealed class QualificationInputType : InputObjectGraphType<QualificationInput>
{
    public QualificationInputType()
    {
        Name = "QualificationInput";
        Field<NonNullGraphType<EnumType<Degree>>>("degree");
        Field(q => q.Field);
        Field(q => q.Institution, nullable: true);
        Field(q => q.Country, nullable: true);
        Field(q => q.Year);
    }
}

public sealed class LanguageSkillInputType : InputObjectGraphType<LanguageSkillInput>
{
    public LanguageSkillInputType()
    {
        Name = "LanguageSkillInput";
        Field(l => l.Language);
        Field(l => l.Level).Description("Bậc 1–6.");
    }
}

public sealed class LeadershipPositionInputType : InputObjectGraphType<LeadershipPositionInput>
{
    public LeadershipPositionInputType()
    {
        Name = "LeadershipPositionInput";
        Field(p => p.Title);
        Field<NonNullGraphType<EnumType<PositionLevel>>>("level");
        Field(p => p.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(p => p.EndDate, type: typeof(DateOnlyGraphType));
        Field<EnumType<Degree>>("requiredDegree");
    }
}

public sealed class TrainingInputType : InputObjectGraphType<TrainingInput>
{
    public TrainingInputType()
    {
        Name = "TrainingInput";
        Field<NonNullGraphType<EnumType<TrainingKind>>>("kind");
        Field(t => t.Title);
        Field(t => t.Provider);
        Field(t => t.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(t => t.EndDate, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(t => t.Hours);
        Field(t => t.Certificate, nullable: true);
    }
}

public sealed class HonourInputType : InputObjectGraphType<HonourInput>
{
    public HonourInputType()
    {
        Name = "HonourInput";
        Field(h => h.Year);
        Field(h => h.Title);
        Field(h => h.AwardedBy);
    }
}
