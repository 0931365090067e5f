using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.Councils;

public sealed class ScienceCouncilType : ObjectGraphType<Council>
{
    public ScienceCouncilType()
    {
        Name = "ScienceCouncil";
        Description = "Hội đồng thẩm định hoặc nghiệm thu một đề tài.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<CouncilKind>>>("kind").Description("Loại hội đồng.").Resolve(c => c.Source.Kind);
        Field(c => c.Name).Description("Tên hội đồng.");
        Field(c => c.FormedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày thành lập.");
        Field<NonNullGraphType<ScienceProjectType>>("project").Description("Đề tài hội đồng xem xét.")
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.Projects.Load(a.Source<Council>().ProjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceCouncilSeatType>>>>("members").Description("Thành viên hội đồng và điểm của từng người.")
            .Resolve(c => c.Source.Members);
        Field<NonNullGraphType<EnumType<CouncilVerdict>>>("verdict")
            .Description($"Kết luận: đạt khi có ít nhất {CouncilVerdictRule.MinimumMembers} thành viên, có chủ tịch, mọi thành viên đã chấm, điểm trung bình từ {CouncilVerdictRule.PassAverage} trở lên và không quá một phần ba số thành viên chấm dưới {CouncilVerdictRule.FailVoteBelow}.")
            .Resolve(c => c.Source.Verdict);
        Field<FloatGraphType>("averageScore").Description("Điểm trung bình của các thành viên đã chấm.")
            .Resolve(c => c.Source.Members.Select(m => (double?)m.Score).Average());
        Field<NonNullGraphType<IntGraphType>>("failVotes").Description($"Số thành viên chấm dưới {CouncilVerdictRule.FailVoteBelow} điểm.")
            .Resolve(c => c.Source.Members.Count(m => m.Score < CouncilVerdictRule.FailVoteBelow));
    }
}

public sealed class ScienceCouncilSeatType : ObjectGraphType<CouncilMember>
{
    public ScienceCouncilSeatType()
    {
        Name = "ScienceCouncilSeat";
        Description = "Một ghế trong hội đồng: một trí thức trong cơ sở dữ liệu hoặc một chuyên gia bên ngoài.";
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Mã ghế, dùng khi chấm điểm.");
        this.PersonField("person", m => m.IntellectualId, required: false).Description("Trí thức ngồi ghế này (trống với chuyên gia bên ngoài).");
        Field(m => m.ExpertName, nullable: true).Description("Họ tên chuyên gia bên ngoài.");
        Field(m => m.ExpertOrganisation, nullable: true).Description("Cơ quan của chuyên gia bên ngoài.");
        Field<NonNullGraphType<EnumType<CouncilRole>>>("role").Description("Vai trò.").Resolve(c => c.Source.Role);
        Field(m => m.Score, nullable: true).Description($"Điểm ({CouncilVerdictRule.MinScore}–{CouncilVerdictRule.MaxScore}); trống khi chưa chấm.");
    }
}

public sealed class ScienceCouncilMembershipType : ObjectGraphType<CouncilMembership>
{
    public ScienceCouncilMembershipType()
    {
        Name = "ScienceCouncilMembership";
        Description = "Một lần trí thức ngồi hội đồng thẩm định hoặc nghiệm thu. Không có id: là một phần của hồ sơ trí thức chứa nó (khóa: council.id).";
        Field<NonNullGraphType<ScienceCouncilType>>("council").Description("Hội đồng.").Resolve(c => c.Source.Council);
        Field<NonNullGraphType<EnumType<CouncilRole>>>("role").Description("Vai trò.").Resolve(c => c.Source.Seat.Role);
        Field<IntGraphType>("score").Description("Điểm đã chấm.").Resolve(c => c.Source.Seat.Score);
    }
}
