using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Science.Councils;

namespace TriThuc.Modules.Science.GraphQL;

public sealed class ScienceCouncilType : ObjectGraphType<Council>
{
    public ScienceCouncilType()
    {
        Name = "ScienceCouncil";
        Description = "Hội đồng thẩm định hoặc nghiệm thu một đề tài.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<CouncilKindType>>("kind").Description("Loại hội đồng.").Resolve(c => c.Source.Kind);
        Field(c => c.Name).Description("Tên hội đồng.");
        Field(c => c.FormedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày thành lập.");
        Field<NonNullGraphType<ScienceProjectType>>("project").Description("Đề tài hội đồng xem xét.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ScienceLoaders>().Projects.Load(c.Source.ProjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceCouncilSeatType>>>>("members").Description("Thành viên hội đồng và điểm của từng người.")
            .Resolve(c => c.Source.Members);
        Field<NonNullGraphType<CouncilVerdictType>>("verdict")
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
        Field<SciencePersonType>("person").Description("Trí thức ngồi ghế này (trống với chuyên gia bên ngoài).")
            .Resolve(c => c.Source.IntellectualId is { } id ? c.RequestServices!.GetRequiredService<ScienceLoaders>().People.Load(id) : null);
        Field(m => m.ExpertName, nullable: true).Description("Họ tên chuyên gia bên ngoài.");
        Field(m => m.ExpertOrganisation, nullable: true).Description("Cơ quan của chuyên gia bên ngoài.");
        Field<NonNullGraphType<CouncilRoleType>>("role").Description("Vai trò.").Resolve(c => c.Source.Role);
        Field(m => m.Score, nullable: true).Description($"Điểm ({CouncilVerdictRule.MinScore}–{CouncilVerdictRule.MaxScore}); trống khi chưa chấm.");
    }
}

public sealed class CouncilMembershipType : ObjectGraphType<CouncilMembership>
{
    public CouncilMembershipType()
    {
        Name = "ScienceCouncilMembership";
        Description = "Một lần trí thức ngồi hội đồng thẩm định hoặc nghiệm thu.";
        Field<NonNullGraphType<ScienceCouncilType>>("council").Description("Hội đồng.").Resolve(c => c.Source.Council);
        Field<NonNullGraphType<CouncilRoleType>>("role").Description("Vai trò.").Resolve(c => c.Source.Seat.Role);
        Field<IntGraphType>("score").Description("Điểm đã chấm.").Resolve(c => c.Source.Seat.Score);
    }
}
