using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Gifted;

public sealed class EducationContestType : ObjectGraphType<Contest>
{
    public EducationContestType()
    {
        Name = "EducationContest";
        Description = "Một kỳ thi học sinh giỏi (cấp tỉnh, quốc gia, chọn đội tuyển Olympic) của một năm học.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Title).Description("Tên kỳ thi.");
        Field<NonNullGraphType<EnumType<ContestLevel>>>("level").Description("Cấp kỳ thi.").Resolve(c => c.Source.Level);
        Field(c => c.SchoolYear).Description("Năm bắt đầu của năm học.");
        Field(c => c.HeldOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày thi.");
    }
}

public sealed class EducationTeamType : ObjectGraphType<Team>
{
    public EducationTeamType()
    {
        Name = "EducationTeam";
        Description = "Đội tuyển của tỉnh dự một môn của một kỳ thi, với các giáo viên bồi dưỡng.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.ContestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Kỳ thi.");
        Field(t => t.Subject).Description("Môn thi.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("coachIds").Description("Giáo viên bồi dưỡng (trí thức trong cơ sở dữ liệu trí thức).")
            .Resolve(c => c.Source.Coaches.Select(coach => coach.PersonId).ToList());
    }
}

public sealed class EducationPupilType : ObjectGraphType<Pupil>
{
    private const string Child = " Dữ liệu cá nhân của trẻ em: cần quyền đọc dữ liệu cá nhân, mỗi lần đọc được ghi nhật ký.";

    public EducationPupilType()
    {
        Name = "EducationPupil";
        Description = "Học sinh trong chương trình học sinh giỏi: chỉ giữ dữ liệu tối thiểu, có căn cứ xử lý; số định danh chỉ lưu dạng băm có khóa.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.FullName).Description("Họ và tên." + Child).Sensitive();
        Field(p => p.SchoolUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trường (đơn vị trong cơ sở dữ liệu trí thức).");
        Field(p => p.BirthYear).Description("Năm sinh." + Child).Sensitive();
        Field<NonNullGraphType<EnumType<PupilGender>>>("gender").Description("Giới tính." + Child).Resolve(c => c.Source.Gender).Sensitive();
        Field(p => p.EthnicGroupCode).Description("Mã dân tộc." + Child).Sensitive();
        Field<NonNullGraphType<EnumType<LegalBasis>>>("legalBasis").Description("Căn cứ xử lý dữ liệu.").Resolve(c => c.Source.LegalBasis);
        Field<NonNullGraphType<BooleanGraphType>>("hasFollowUpConsent").Description("Đã đồng ý được theo dõi sau khi ra trường.").Resolve(c => c.Source.FollowUpConsentOn is not null);
        this.PersonField("linkedPerson", p => p.LinkedPersonId, required: false).Description("Hồ sơ trí thức đã liên kết (khi có sự đồng ý).");
    }
}

public sealed class EducationContestEntryType : ObjectGraphType<Entry>
{
    public EducationContestEntryType()
    {
        Name = "EducationContestEntry";
        Description = "Một học sinh dự thi một môn của một kỳ thi (mỗi học sinh một môn trong một kỳ thi), với giải đạt được.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.ContestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Kỳ thi.");
        Field(e => e.Subject).Description("Môn thi.");
        Field(e => e.TeamId, type: typeof(IdGraphType)).Description("Đội tuyển (nếu dự thi trong đội tuyển của tỉnh).");
        Field(e => e.Score, nullable: true).Description("Điểm thi.");
        Field<EnumType<Prize>>("prize").Description("Giải; trống khi không đạt giải.").Resolve(c => c.Source.Prize);
        Field<NonNullGraphType<EducationPupilType>>("pupil").Description("Học sinh.")
            .Resolve(c => c.RequestServices!.GetRequiredService<GiftedLoaders>().PupilById.Load(c.Source.PupilId));
    }
}

public sealed class EducationContestInputType : InputObjectGraphType<ContestInput>
{
    public EducationContestInputType()
    {
        Name = "EducationContestInput";
        Description = "Một kỳ thi học sinh giỏi.";
        Field(c => c.Title).Description($"Tên kỳ thi, tối đa {GiftedRules.MaxTitleLength} ký tự.");
        Field<NonNullGraphType<EnumType<ContestLevel>>>("level").Description("Cấp kỳ thi.");
        Field(c => c.SchoolYear).Description("Năm bắt đầu của năm học.");
        Field(c => c.HeldOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày thi, trong năm học.");
    }
}

public sealed class EducationTeamInputType : InputObjectGraphType<TeamInput>
{
    public EducationTeamInputType()
    {
        Name = "EducationTeamInput";
        Description = "Đội tuyển của tỉnh cho một môn của một kỳ thi.";
        Field(t => t.ContestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Kỳ thi.");
        Field(t => t.Subject).Description("Môn thi.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("coachIds").Description($"Giáo viên bồi dưỡng (trí thức), từ 1 đến {GiftedRules.MaxCoaches}.");
    }
}

public sealed class EducationPupilInputType : InputObjectGraphType<PupilInput>
{
    public EducationPupilInputType()
    {
        Name = "EducationPupilInput";
        Description = "Hồ sơ tối thiểu của một học sinh (trẻ em) với căn cứ xử lý dữ liệu.";
        Field(p => p.FullName).Description("Họ và tên.");
        Field(p => p.SchoolUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trường đang học.");
        Field(p => p.BirthYear).Description("Năm sinh.");
        Field<NonNullGraphType<EnumType<PupilGender>>>("gender").Description("Giới tính.");
        Field(p => p.EthnicGroupCode).Description("Mã dân tộc, 2 chữ số (01 là Kinh).");
        Field<NonNullGraphType<EnumType<LegalBasis>>>("legalBasis").Description("Căn cứ xử lý dữ liệu.");
        Field(p => p.NationalId, nullable: true).Description("Số định danh cá nhân (12 chữ số); chỉ lưu dạng băm có khóa, để liên kết khi có sự đồng ý.");
        Field(p => p.FollowUpConsentOn, type: typeof(DateOnlyGraphType)).Description("Ngày học sinh và cha mẹ đồng ý được theo dõi sau khi ra trường; trống khi không đồng ý.");
    }
}

public sealed class EducationContestEntryInputType : InputObjectGraphType<EntryInput>
{
    public EducationContestEntryInputType()
    {
        Name = "EducationContestEntryInput";
        Description = "Một học sinh dự thi một môn; mỗi học sinh chỉ một môn trong một kỳ thi.";
        Field(e => e.ContestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Kỳ thi.");
        Field(e => e.PupilId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Học sinh.");
        Field(e => e.TeamId, type: typeof(IdGraphType)).Description("Đội tuyển của tỉnh (cùng kỳ thi, cùng môn), nếu có.");
        Field(e => e.Subject).Description("Môn thi.");
        Field(e => e.Score, nullable: true).Description("Điểm thi.");
        Field<EnumType<Prize>>("prize").Description("Giải; trống khi không đạt giải.");
    }
}
