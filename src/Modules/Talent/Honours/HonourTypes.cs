using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Talent.Honours;

public sealed class TalentHonourRoundType : ObjectGraphType<HonourRound>
{
    public TalentHonourRoundType()
    {
        Name = "TalentHonourRound";
        Description = "Đợt xét chọn, tôn vinh trí thức tiêu biểu của một năm: tiêu chí, thời hạn đề cử (theo đồng hồ của máy chủ), số lượng phân bổ cho từng đơn vị, hội đồng xét chọn và quyết định.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Year).Description("Năm của đợt.");
        Field(r => r.Title).Description("Danh hiệu tôn vinh, ghi vào hồ sơ trí thức.");
        Field(r => r.MinimumYearsOfWork).Description("Số năm công tác tối thiểu.");
        Field(r => r.RequiredAchievements).Description("Yêu cầu về thành tích.");
        Field(r => r.OpensAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Bắt đầu nhận hồ sơ đề nghị.");
        Field(r => r.ClosesAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Hết hạn nhận hồ sơ đề nghị (theo đồng hồ của máy chủ); hội đồng chấm sau thời điểm này.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourQuotaType>>>>("quotas").Description("Số lượng được đề nghị của từng đơn vị.")
            .Resolve(c => c.Source.Quotas.OrderBy(q => q.UnitId).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourCouncilSeatType>>>>("councilSeats").Description("Thành viên hội đồng xét chọn.")
            .Resolve(c => c.Source.Seats.OrderBy(s => s.Role).ThenBy(s => s.CreatedAt).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourCouncilRemovalType>>>>("councilRemovals").Description("Các thành viên đã rút khỏi hội đồng, với ngày và lý do.")
            .Resolve(c => c.Source.Removals.OrderBy(r => r.RemovedOn).ThenBy(r => r.CreatedAt).ToList());
        Field(r => r.DecisionNumber, nullable: true).Description("Số quyết định tôn vinh.");
        Field(r => r.DecidedOn, type: typeof(DateOnlyGraphType)).Description("Ngày quyết định.");
        Field(r => r.AwardedBy, nullable: true).Description("Cơ quan quyết định tôn vinh.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourNominationType>>>>("nominations").Description("Các hồ sơ đề nghị, theo thời điểm nộp.")
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.Nominations(a.Source<HonourRound>().Id).ToListAsync(a.Cancellation));
    }
}

public sealed class TalentHonourQuotaType : ObjectGraphType<HonourQuota>
{
    public TalentHonourQuotaType()
    {
        Name = "TalentHonourQuota";
        Description = "Số người một đơn vị được đề nghị trong đợt.";
        Field(q => q.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(q => q.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị đề nghị (cơ sở dữ liệu trí thức).");
        Field(q => q.Quota).Description("Số lượng tối đa.");
    }
}

public sealed class TalentHonourCouncilSeatType : ObjectGraphType<HonourCouncilSeat>
{
    public TalentHonourCouncilSeatType()
    {
        Name = "TalentHonourCouncilSeat";
        Description = "Một thành viên hội đồng xét chọn.";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("member", s => s.IntellectualId).Description("Thành viên.");
        Field<NonNullGraphType<EnumType<HonourCouncilRole>>>("role").Description("Vai trò.").Resolve(c => c.Source.Role);
    }
}

public sealed class TalentHonourCouncilRemovalType : ObjectGraphType<HonourSeatRemoval>
{
    public TalentHonourCouncilRemovalType()
    {
        Name = "TalentHonourCouncilRemoval";
        Description = "Một thành viên đã rút khỏi hội đồng xét chọn trước quyết định: ngày, lý do và số điểm đã chấm bị xóa theo.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("member", r => r.IntellectualId).Description("Người đã giữ ghế.");
        Field<NonNullGraphType<EnumType<HonourCouncilRole>>>("role").Description("Vai trò đã giữ.").Resolve(c => c.Source.Role);
        Field(r => r.RemovedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày rút.");
        Field(r => r.Reason).Description("Lý do rút.");
        Field(r => r.ScoresRemoved).Description("Số điểm thành viên đã chấm, bị xóa theo.");
    }
}

public sealed class TalentHonourNominationType : ObjectGraphType<HonourNomination>
{
    public TalentHonourNominationType()
    {
        Name = "TalentHonourNomination";
        Description = "Hồ sơ đề nghị tôn vinh một trí thức, do một đơn vị đề nghị, với các thành tích và minh chứng.";
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(n => n.RoundId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt tôn vinh.");
        this.PersonField("nominee", n => n.IntellectualId).Description("Người được đề nghị.");
        Field(n => n.NominatingUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị đề nghị.");
        Field(n => n.NominatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm nộp, theo đồng hồ của máy chủ.");
        Field<NonNullGraphType<EnumType<NominationStatus>>>("status").Description("Trạng thái.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumType<NominationCriterion>>>>>("failedCriteria")
            .Description("Các điều kiện không đáp ứng, khi không đủ điều kiện.").Resolve(c => c.Source.Failed);
        Field(n => n.ActingChairSeatId, type: typeof(IdGraphType)).Description("Thành viên chủ trì thay chủ tịch đối với hồ sơ này, khi chủ tịch có xung đột lợi ích.");
        Field(n => n.YearsOfWork, nullable: true).Description("Số năm công tác tính đến năm của đợt, theo cơ sở dữ liệu trí thức (năm có văn bằng hoặc giữ chức vụ sớm nhất); trống khi không có dữ liệu.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourAchievementType>>>>("achievements").Description("Các thành tích.")
            .Resolve(c => c.Source.Achievements.OrderBy(a => a.Year).ThenBy(a => a.Title).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourEvidenceType>>>>("evidence").Description("Các tệp minh chứng (dữ liệu cá nhân).")
            .Resolve(c => c.Source.Evidence.OrderBy(e => e.FileName).ToList()).Sensitive();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourScoreType>>>>("scores").Description("Điểm của từng thành viên hội đồng (dữ liệu cá nhân).")
            .Resolve(c => c.Source.Scores.OrderBy(s => s.SeatId).ToList()).Sensitive();
        Field<NonNullGraphType<TalentHonourTallyType>>("council")
            .Description("Kết luận của hội đồng về hồ sơ theo quy tắc hội đồng của Sở Khoa học và Công nghệ: thành viên có xung đột lợi ích không được tính.")
            .Resolve(c => c.RequestServices!.GetRequiredService<HonourLoaders>().Tallies.Load(c.Source.Id));
    }
}

public sealed class TalentHonourAchievementType : ObjectGraphType<HonourAchievement>
{
    public TalentHonourAchievementType()
    {
        Name = "TalentHonourAchievement";
        Description = "Một thành tích của hồ sơ đề nghị; mỗi thành tích chỉ được tôn vinh một lần.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Title).Description("Tên thành tích.");
        Field(a => a.Year).Description("Năm đạt.");
        Field<NonNullGraphType<EnumType<AchievementKind>>>("kind").Description("Loại thành tích.").Resolve(c => c.Source.Kind);
    }
}

public sealed class TalentHonourEvidenceType : ObjectGraphType<HonourEvidence>
{
    public TalentHonourEvidenceType()
    {
        Name = "TalentHonourEvidence";
        Description = "Một tệp minh chứng: tên tệp và mã băm SHA-256 của nội dung (tệp lưu tại hồ sơ của Sở).";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.FileName).Description("Tên tệp.");
        Field(e => e.Sha256).Description("Mã băm SHA-256 của nội dung tệp.");
        Field(e => e.Description, nullable: true).Description("Mô tả.");
    }
}

public sealed class TalentHonourScoreType : ObjectGraphType<HonourScore>
{
    public TalentHonourScoreType()
    {
        Name = "TalentHonourScore";
        Description = "Điểm một thành viên hội đồng chấm cho một hồ sơ.";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.SeatId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Thành viên hội đồng.");
        Field(s => s.Score).Description("Điểm.");
    }
}

public sealed class TalentHonourTallyType : ObjectGraphType<HonourTally>
{
    public TalentHonourTallyType()
    {
        Name = "TalentHonourTally";
        Description = "Kết luận của hội đồng về một hồ sơ. Không có id: tính khi được hỏi (khóa: nominationId).";
        Field(t => t.NominationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hồ sơ đề nghị.");
        Field<NonNullGraphType<EnumType<HonourOutcome>>>("outcome").Description("Kết luận.").Resolve(c => c.Source.Outcome);
        Field(t => t.Members).Description("Số thành viên được chấm hồ sơ này (đã loại thành viên có xung đột lợi ích).");
        Field(t => t.Scored).Description("Số thành viên đã chấm.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("excludedSeatIds")
            .Description("Các thành viên không được chấm hồ sơ này vì xung đột lợi ích (là người được đề nghị, thuộc đơn vị đề nghị).").Resolve(c => c.Source.ExcludedSeatIds);
        Field(t => t.AverageScore, nullable: true).Description("Điểm trung bình, khi mọi thành viên đã chấm.");
        Field(t => t.FailVotes).Description("Số phiếu không đạt.");
    }
}

public sealed class TalentHonourRoundInputType : InputObjectGraphType<HonourRoundInput>
{
    public TalentHonourRoundInputType()
    {
        Name = "TalentHonourRoundInput";
        Description = "Một đợt tôn vinh mới.";
        Field(r => r.Year).Description("Năm của đợt (mỗi năm một đợt).");
        Field(r => r.Title).Description($"Danh hiệu tôn vinh, tối đa {HonourRules.MaxTitleLength} ký tự.");
        Field(r => r.MinimumYearsOfWork).Description("Số năm công tác tối thiểu (0–60).");
        Field(r => r.RequiredAchievements).Description($"Yêu cầu về thành tích, tối đa {HonourRules.MaxCriteriaLength} ký tự.");
        Field(r => r.OpensAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Bắt đầu nhận hồ sơ.");
        Field(r => r.ClosesAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Hết hạn nhận hồ sơ.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourQuotaInputType>>>>("quotas").Description("Số lượng phân bổ cho từng đơn vị; đơn vị không có tên ở đây không được đề nghị.");
    }
}

public sealed class TalentHonourQuotaInputType : InputObjectGraphType<HonourQuotaInput>
{
    public TalentHonourQuotaInputType()
    {
        Name = "TalentHonourQuotaInput";
        Description = "Số lượng phân bổ cho một đơn vị.";
        Field(q => q.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị đang hoạt động.");
        Field(q => q.Quota).Description("Số lượng tối đa (từ 1).");
    }
}

public sealed class TalentHonourNominationInputType : InputObjectGraphType<NominationInput>
{
    public TalentHonourNominationInputType()
    {
        Name = "TalentHonourNominationInput";
        Description = "Hồ sơ đề nghị tôn vinh.";
        Field(n => n.RoundId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt tôn vinh, đang trong thời hạn đề cử.");
        Field(n => n.IntellectualId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Người được đề nghị.");
        Field(n => n.NominatingUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị đề nghị.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourAchievementInputType>>>>("achievements").Description("Các thành tích, mỗi thành tích một mục.");
        Field<ListGraphType<NonNullGraphType<TalentHonourEvidenceInputType>>>("evidence").Description("Các tệp minh chứng.");
    }
}

public sealed class TalentHonourAchievementInputType : InputObjectGraphType<AchievementInput>
{
    public TalentHonourAchievementInputType()
    {
        Name = "TalentHonourAchievementInput";
        Description = "Một thành tích.";
        Field(a => a.Title).Description($"Tên thành tích, tối đa {HonourRules.MaxTitleLength} ký tự.");
        Field(a => a.Year).Description("Năm đạt, không sau năm của đợt.");
        Field<NonNullGraphType<EnumType<AchievementKind>>>("kind").Description("Loại thành tích.");
    }
}

public sealed class TalentHonourEvidenceInputType : InputObjectGraphType<EvidenceInput>
{
    public TalentHonourEvidenceInputType()
    {
        Name = "TalentHonourEvidenceInput";
        Description = "Một tệp minh chứng.";
        Field(e => e.FileName).Description($"Tên tệp, tối đa {HonourRules.MaxFileNameLength} ký tự.");
        Field(e => e.Sha256).Description("Mã băm SHA-256 của nội dung tệp (64 ký tự hệ 16).");
        Field(e => e.Description, nullable: true).Description("Mô tả.");
    }
}

public sealed class TalentHonourCouncilSeatInputType : InputObjectGraphType<HonourSeatInput>
{
    public TalentHonourCouncilSeatInputType()
    {
        Name = "TalentHonourCouncilSeatInput";
        Description = "Một thành viên hội đồng xét chọn.";
        Field(s => s.IntellectualId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Thành viên (cơ sở dữ liệu trí thức).");
        Field<NonNullGraphType<EnumType<HonourCouncilRole>>>("role").Description("Vai trò.");
    }
}

public sealed class TalentHonourDecisionInputType : InputObjectGraphType<HonourDecisionInput>
{
    public TalentHonourDecisionInputType()
    {
        Name = "TalentHonourDecisionInput";
        Description = "Quyết định tôn vinh của đợt.";
        Field(d => d.Number).Description($"Số quyết định, tối đa {HonourRules.MaxDecisionLength} ký tự.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày quyết định, không ở tương lai.");
        Field(d => d.AwardedBy).Description("Cơ quan quyết định tôn vinh.");
    }
}

public sealed class TalentHonourSeatRemovalInputType : InputObjectGraphType<HonourSeatRemovalInput>
{
    public TalentHonourSeatRemovalInputType()
    {
        Name = "TalentHonourSeatRemovalInput";
        Description = "Việc rút một thành viên khỏi hội đồng.";
        Field(r => r.RemovedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày rút, không ở tương lai.");
        Field(r => r.Reason).Description($"Lý do, tối đa {HonourRules.MaxDescriptionLength} ký tự.");
    }
}
