namespace TriThuc.Modules.Registry.Careers;

/// <summary>What a person earns and does: degrees, languages, posts, trainings, honours.</summary>
internal sealed class CareerFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Mutation.Field<NonNullGraphType<QualificationType>>("addQualification")
            .Description("Thêm văn bằng chuyên môn.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Argument<NonNullGraphType<QualificationInputType>>("input")
            .Writes()
            .ResolveAsync((CareerService careers, FieldArgs a) => careers.AddQualificationAsync(PersonId(a), a.Input<QualificationInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<LanguageSkillType>>("addLanguageSkill")
            .Description("Thêm ngoại ngữ.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Argument<NonNullGraphType<LanguageSkillInputType>>("input")
            .Writes()
            .ResolveAsync((CareerService careers, FieldArgs a) => careers.AddLanguageSkillAsync(PersonId(a), a.Input<LanguageSkillInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<LeadershipPositionType>>("addLeadershipPosition")
            .Description("Thêm chức vụ lãnh đạo, quản lý.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Argument<NonNullGraphType<LeadershipPositionInputType>>("input")
            .Writes()
            .ResolveAsync((CareerService careers, FieldArgs a) => careers.AddPositionAsync(PersonId(a), a.Input<LeadershipPositionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<LeadershipPositionType>>("endLeadershipPosition")
            .Description("Kết thúc một chức vụ.")
            .Argument<NonNullGraphType<IdGraphType>>("positionId", "Chức vụ.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("endDate", "Ngày thôi giữ chức vụ.")
            .Writes()
            .ResolveAsync((CareerService careers, FieldArgs a) => careers.EndPositionAsync(a.Get<Guid>("positionId"), a.Get<DateOnly>("endDate"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TrainingType>>("addTraining")
            .Description("Thêm khóa bồi dưỡng.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Argument<NonNullGraphType<TrainingInputType>>("input")
            .Writes()
            .ResolveAsync((CareerService careers, FieldArgs a) => careers.AddTrainingAsync(PersonId(a), a.Input<TrainingInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<HonourType>>("addHonour")
            .Description("Thêm danh hiệu, khen thưởng.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Argument<NonNullGraphType<HonourInputType>>("input")
            .Writes()
            .ResolveAsync((CareerService careers, FieldArgs a) => careers.AddHonourAsync(PersonId(a), a.Input<HonourInput>(), a.Cancellation));
    }

    private static Guid PersonId(FieldArgs a) => a.Get<Guid>("intellectualId");
}
