using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Consultations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Associations.Drafts;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Associations.Terms;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Demo;

/// <summary>
/// At start-up, gives an empty Associations module demo records over the Registry's demo province: the provincial union
/// of science and technology associations, a literature and arts association and two specialised ones under the union,
/// with members in every status on the day of seeding (NEW, CURRENT, GRACE, LAPSED — from their joining dates and dues,
/// as the rule derives them; the statuses move on as days pass, as a real member list's do), a term with its leaders, a
/// consultation from the agency's request to every recommendation answered (its drafters kept off the panel), an overdue
/// request, and a draft open for comment with comments and their dispositions. Everything goes through the module's
/// services, acting as start-up work (<see cref="AssociationAccessService.ActAsStartUp"/>), so the demo obeys the same
/// rules as a clerk. Does nothing when switched off (TriThuc:Modules:Associations:DemoData:Enabled), when the module has
/// associations already, or when the Registry has no open department of agriculture, of health and of science.
/// </summary>
public sealed class AssociationsDemoData(bool enabled, IServiceScopeFactory scopes, IClock clock, ILogger<AssociationsDemoData> logger)
    : ModuleDemoData("Associations", enabled, scopes, logger)
{
    private const string Sample = " (dữ liệu mẫu)";
    private const long Dues = 120_000;
    private const int People = 24;

    protected override Task<bool> HasRecordsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AssociationsDbContext>().Associations.AnyAsync(cancellationToken);

    protected override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var units = await services.GetRequiredService<IUnitDirectory>().GetAllAsync(cancellationToken);
        UnitSummary? Open(string code) => units.FirstOrDefault(u => u.Code == code && u.IsOpenOn(today.AddDays(-90)));
        if (Open("SNNMT") is not { } agriculture || Open("SYT") is not { } health || Open("SKHCN") is not { } science)
        {
            Logger.LogInformation("No Associations demo data: the Registry has no open departments of agriculture, health and science");
            return;
        }

        var directory = services.GetRequiredService<IPersonDirectory>();
        var everyone = (await directory.FindAsync(new PeopleQuery(today), cancellationToken)).Where(p => p.MergedIntoId is null).OrderBy(p => p.Id).ToList();
        if (everyone.Count < People)
        {
            Logger.LogInformation("No Associations demo data: the Registry has fewer than {People} people", People);
            return;
        }

        // People of a field first, then anyone not taken yet: a small demo province may have few of a field.
        var taken = new HashSet<Guid>();
        async Task<List<PersonSummary>> PoolAsync(string field, int count)
        {
            var ofField = await directory.FindAsync(new PeopleQuery(today, null, field), cancellationToken);
            var pool = ofField.Where(p => p.MergedIntoId is null).OrderBy(p => p.Id).Concat(everyone).Where(p => taken.Add(p.Id)).Take(count).ToList();
            return pool;
        }

        var farmers = await PoolAsync("agriculture", 10);
        var doctors = await PoolAsync("health", 6);
        var artists = await PoolAsync("culture-arts", 4);

        services.GetRequiredService<AssociationAccessService>().ActAsStartUp();
        var (union, arts, farming, medicine) = await SeedAssociationsAsync(services.GetRequiredService<AssociationService>(), cancellationToken);
        var members = services.GetRequiredService<MemberService>();
        var admitted = await SeedFarmingMembersAsync(members, farming, farmers, cancellationToken);
        admitted += await SeedMembersAsync(members, medicine, doctors, cancellationToken);
        admitted += await SeedMembersAsync(members, arts, artists, cancellationToken);
        await SeedTermAsync(services.GetRequiredService<TermService>(), farming, farmers, cancellationToken);
        var drafters = (await directory.FindAsync(new PeopleQuery(today, [agriculture.Id]), cancellationToken))
            .Where(p => p.MergedIntoId is null).OrderBy(p => p.Id).Where(p => farmers.Take(4).All(f => f.Id != p.Id)).Take(2).ToList();
        if (drafters.Count == 0)
        {
            drafters = [farmers[9]];
        }

        var consultations = services.GetRequiredService<ConsultationService>();
        await SeedConsultationAsync(consultations, agriculture, farming, farmers, drafters, cancellationToken);
        await SeedOverdueRequestAsync(consultations, health, medicine, doctors, cancellationToken);
        await SeedDraftAsync(services.GetRequiredService<DraftService>(), services.GetRequiredService<DraftOptions>(), science, [.. farmers.Take(2), .. doctors.Take(2)], cancellationToken);
        Logger.LogInformation(
            "Seeded Associations demo data: the union ({Union}) and 3 associations, {Members} members, a term, 2 consultation requests, a draft with comments (switch off with TriThuc:Modules:Associations:DemoData:Enabled=false)",
            union.Title, admitted);
    }

    private static async Task<(Association Union, Association Arts, Association Farming, Association Medicine)> SeedAssociationsAsync(
        AssociationService associations, CancellationToken cancellationToken)
    {
        var union = await associations.RecordAsync(new AssociationInput
        {
            Title = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh" + Sample, Kind = AssociationKind.Union, Field = "Đa ngành",
            FoundingDecision = "1021/QĐ-UB", FoundedOn = new DateOnly(1998, 6, 12), CharterDecision = "215/QĐ-UBND", CharterApprovedOn = new DateOnly(2020, 3, 9),
        }, cancellationToken);
        var arts = await associations.RecordAsync(new AssociationInput
        {
            Title = "Hội Văn học Nghệ thuật tỉnh" + Sample, Kind = AssociationKind.LiteratureAndArts, Field = "Văn hóa, nghệ thuật",
            FoundingDecision = "64/QĐ-UB", FoundedOn = new DateOnly(1992, 4, 2), CharterDecision = "118/QĐ-UBND", CharterApprovedOn = new DateOnly(2019, 8, 20),
        }, cancellationToken);
        var farming = await associations.RecordAsync(new AssociationInput
        {
            Title = "Hội Khoa học Kỹ thuật Nông lâm nghiệp tỉnh" + Sample, Kind = AssociationKind.Specialised, ParentId = union.Id, Field = "Nông, lâm nghiệp",
            FoundingDecision = "388/QĐ-UBND", FoundedOn = new DateOnly(2005, 9, 5), CharterDecision = "902/QĐ-UBND", CharterApprovedOn = new DateOnly(2021, 11, 15),
        }, cancellationToken);
        var medicine = await associations.RecordAsync(new AssociationInput
        {
            Title = "Hội Y dược học tỉnh" + Sample, Kind = AssociationKind.Specialised, ParentId = union.Id, Field = "Y tế",
            FoundingDecision = "517/QĐ-UBND", FoundedOn = new DateOnly(2008, 3, 27), GraceDays = 60,
        }, cancellationToken);
        return (union, arts, farming, medicine);
    }

    /// <summary>
    /// Members in every status on the day of seeding: four paying to this year (CURRENT), one who joined a month ago (NEW),
    /// one who joined a hundred days ago and has paid nothing (GRACE), one whose dues stopped in 2022 (LAPSED), one who
    /// left, an honorary member and an associate from outside the Registry.
    /// </summary>
    private async Task<int> SeedFarmingMembersAsync(MemberService members, Association farming, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        for (var i = 0; i < 4; i++)
        {
            await PayingAsync(members, farming, people[i].Id, null, MemberKind.Official, new DateOnly(2018 + i, 3, 10), today.Year, cancellationToken);
        }

        await AdmitAsync(members, farming, people[4].Id, null, MemberKind.Official, today.AddDays(-30), cancellationToken);
        await AdmitAsync(members, farming, people[5].Id, null, MemberKind.Official, today.AddDays(-100), cancellationToken);
        await PayingAsync(members, farming, people[6].Id, null, MemberKind.Official, new DateOnly(2019, 5, 20), 2022, cancellationToken);
        var left = await PayingAsync(members, farming, people[7].Id, null, MemberKind.Official, new DateOnly(2019, 5, 20), 2024, cancellationToken);
        await members.LeaveAsync(left.Id, new DateOnly(2024, 12, 31), cancellationToken);
        await AdmitAsync(members, farming, people[8].Id, null, MemberKind.Honorary, new DateOnly(2022, 10, 10), cancellationToken);
        await PayingAsync(members, farming, null, "Trần Văn Minh (Hợp tác xã chè Shan tuyết)" + Sample, MemberKind.Associate, new DateOnly(2021, 7, 1), today.Year, cancellationToken);
        return 10;
    }

    /// <summary>A smaller list: current, new, in grace and lapsed.</summary>
    private async Task<int> SeedMembersAsync(MemberService members, Association association, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await PayingAsync(members, association, people[0].Id, null, MemberKind.Official, new DateOnly(2015, 4, 1), today.Year, cancellationToken);
        await PayingAsync(members, association, people[1].Id, null, MemberKind.Official, new DateOnly(2016, 4, 1), 2021, cancellationToken);
        await AdmitAsync(members, association, people[2].Id, null, MemberKind.Official, today.AddDays(-10), cancellationToken);
        await AdmitAsync(members, association, people[3].Id, null, MemberKind.Associate, today.AddDays(-(MemberStatusRule.NewDays + association.GraceDays / 2)), cancellationToken);
        return 4;
    }

    private static Task<Member> AdmitAsync(MemberService members, Association association, Guid? person, string? outsider, MemberKind kind, DateOnly joinedOn, CancellationToken cancellationToken) =>
        members.AdmitAsync(new MemberInput { AssociationId = association.Id, PersonId = person, ExternalName = outsider, Kind = kind, JoinedOn = joinedOn }, cancellationToken);

    /// <summary>A member who paid each year's dues in January, from the year they joined to <paramref name="lastYear"/>.</summary>
    private async Task<Member> PayingAsync(MemberService members, Association association, Guid? person, string? outsider, MemberKind kind, DateOnly joinedOn, int lastYear, CancellationToken cancellationToken)
    {
        var member = await AdmitAsync(members, association, person, outsider, kind, joinedOn, cancellationToken);
        for (var year = joinedOn.Year; year <= lastYear; year++)
        {
            var paidOn = year == joinedOn.Year ? joinedOn : new DateOnly(year, 1, 1).AddDays(14);
            await members.RecordDuesAsync(member.Id, new MemberDuesInput { Year = year, PaidOn = paidOn > clock.Today ? clock.Today : paidOn, Amount = Dues }, cancellationToken);
        }

        return member;
    }

    /// <summary>
    /// The congress of June 2023 and the board it elected from the official members; in 2025 the vice-president left the
    /// province and a standing committee member was elected in their place (leaving the old seat the day before).
    /// </summary>
    private static async Task SeedTermAsync(TermService terms, Association farming, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var elected = new DateOnly(2023, 6, 15);
        var term = await terms.OpenAsync(new TermInput
        {
            AssociationId = farming.Id, Title = "Khóa IV, 2023–2028", CongressDecision = "12/NQ-ĐH", StartsOn = elected, EndsOn = new DateOnly(2028, 6, 14),
        }, cancellationToken);
        (LeaderRole Role, int Person)[] board = [(LeaderRole.President, 0), (LeaderRole.VicePresident, 2), (LeaderRole.GeneralSecretary, 1), (LeaderRole.StandingCommittee, 3)];
        foreach (var (role, person) in board)
        {
            term = await terms.AppointAsync(term.Id, new LeaderInput { PersonId = people[person].Id, Role = role, AppointedOn = elected }, cancellationToken);
        }

        Guid Seat(int person) => term.Leaders.Single(l => l.PersonId == people[person].Id && l.LeftOn is null).Id;
        await terms.LeaveAsync(Seat(2), new LeaderLeaveInput { LeftOn = new DateOnly(2025, 3, 31), Reason = "Chuyển công tác ra ngoài tỉnh" + Sample }, cancellationToken);
        await terms.LeaveAsync(Seat(3), new LeaderLeaveInput { LeftOn = new DateOnly(2025, 4, 14), Reason = "Được bầu Phó Chủ tịch" + Sample }, cancellationToken);
        await terms.AppointAsync(term.Id, new LeaderInput { PersonId = people[3].Id, Role = LeaderRole.VicePresident, AppointedOn = new DateOnly(2025, 4, 15) }, cancellationToken);
    }

    /// <summary>
    /// The department of agriculture asks the association to critique its plan: the plan's drafters are conflicts, one
    /// expert declares another; three experts give opinions; the consolidated opinion is delivered before the deadline
    /// with three recommendations; the department accepts two and explains why not the third.
    /// </summary>
    private async Task SeedConsultationAsync(ConsultationService consultations, UnitSummary agency, Association farming, List<PersonSummary> people,
        List<PersonSummary> drafters, CancellationToken cancellationToken)
    {
        var received = clock.Today.AddDays(-75);
        var request = await consultations.RequestAsync(new ConsultationRequestInput
        {
            AgencyUnitId = agency.Id, AssociationId = farming.Id, Kind = ConsultationKind.Critique, SubjectKind = ConsultationSubjectKind.Plan,
            Subject = "Đề án phát triển vùng chè Shan tuyết gắn với du lịch sinh thái giai đoạn 2026–2030" + Sample,
            Documents = "Tờ trình số 215/TTr-SNNMT; dự thảo Đề án; báo cáo đánh giá hiện trạng vùng chè" + Sample,
            ReceivedOn = received, Deadline = received.AddDays(30), DrafterIds = [.. drafters.Select(d => d.Id)],
        }, cancellationToken);
        var experts = people.Take(4).Where(p => drafters.All(d => d.Id != p.Id)).Take(3).ToList();
        foreach (var expert in experts)
        {
            await consultations.SeatAsync(request.Id, expert.Id, cancellationToken);
        }

        await consultations.DeclareConflictAsync(request.Id, people.Skip(4).First(p => drafters.All(d => d.Id != p.Id)).Id, cancellationToken);
        string[] opinions =
        [
            "Cần bổ sung số liệu về diện tích chè cổ thụ theo từng xã và kế hoạch bảo tồn nguồn gen.",
            "Mục tiêu du lịch sinh thái chưa gắn với hạ tầng giao thông; đề nghị làm rõ nguồn vốn.",
            "Đề nghị có cơ chế liên kết giữa hợp tác xã và doanh nghiệp chế biến, bảo đảm đầu ra cho người trồng chè.",
        ];
        for (var i = 0; i < experts.Count; i++)
        {
            await consultations.RecordExpertOpinionAsync(request.Id, new ExpertOpinionInput { PersonId = experts[i].Id, Text = opinions[i] + Sample, GivenOn = received.AddDays(7 + i) }, cancellationToken);
        }

        var delivered = await consultations.DeliverAsync(request.Id, new ConsolidatedOpinionInput
        {
            Summary = "Hội cơ bản thống nhất với dự thảo Đề án; đề nghị cơ quan soạn thảo tiếp thu các kiến nghị dưới đây." + Sample,
            DeliveredOn = received.AddDays(25),
            Recommendations =
            [
                "Bổ sung điều tra, khoanh vùng và bảo tồn quần thể chè cổ thụ trước khi mở rộng diện tích." + Sample,
                "Xác định rõ nguồn vốn đầu tư hạ tầng du lịch và lộ trình theo từng năm." + Sample,
                "Thành lập quỹ hỗ trợ hợp tác xã chè từ ngân sách tỉnh." + Sample,
            ],
        }, cancellationToken);
        var recommendations = delivered.CurrentOpinion!.Recommendations.OrderBy(r => r.Number).ToList();
        (ResponseKind Kind, string Text)[] answers =
        [
            (ResponseKind.Accepted, "Tiếp thu: bổ sung nhiệm vụ điều tra, khoanh vùng chè cổ thụ vào Mục III của Đề án."),
            (ResponseKind.Accepted, "Tiếp thu: bổ sung Phụ lục 2 về nguồn vốn và lộ trình đầu tư hạ tầng."),
            (ResponseKind.Explained, "Giải trình: ngân sách tỉnh không lập quỹ riêng; hợp tác xã được hỗ trợ qua chính sách khuyến nông hiện hành."),
        ];
        for (var i = 0; i < recommendations.Count; i++)
        {
            await consultations.AnswerAsync(recommendations[i].Id, new ResponseInput { Kind = answers[i].Kind, Text = answers[i].Text + Sample, AnsweredOn = received.AddDays(40) }, cancellationToken);
        }
    }

    /// <summary>The department of health asks for a social review whose deadline passed ten days ago with no opinion: an overdue request.</summary>
    private async Task SeedOverdueRequestAsync(ConsultationService consultations, UnitSummary agency, Association medicine, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var received = clock.Today.AddDays(-40);
        var request = await consultations.RequestAsync(new ConsultationRequestInput
        {
            AgencyUnitId = agency.Id, AssociationId = medicine.Id, Kind = ConsultationKind.SocialReview, SubjectKind = ConsultationSubjectKind.Policy,
            Subject = "Chính sách hỗ trợ bác sĩ về công tác tại trạm y tế xã vùng đặc biệt khó khăn" + Sample,
            Documents = "Công văn số 1432/SYT-TCCB; dự thảo Nghị quyết" + Sample, ReceivedOn = received, Deadline = received.AddDays(30),
        }, cancellationToken);
        await consultations.SeatAsync(request.Id, people[0].Id, cancellationToken);
        await consultations.SeatAsync(request.Id, people[4].Id, cancellationToken);
        await consultations.RecordExpertOpinionAsync(request.Id, new ExpertOpinionInput
        {
            PersonId = people[0].Id, Text = "Mức hỗ trợ cần tính theo khoảng cách và số năm cam kết, không chia đều." + Sample, GivenOn = received.AddDays(12),
        }, cancellationToken);
    }

    /// <summary>A draft of the department of science open for comment since three days ago; four comments, three disposed of.</summary>
    private async Task SeedDraftAsync(DraftService drafts, DraftOptions options, UnitSummary agency, List<PersonSummary> people, CancellationToken cancellationToken)
    {
        var opensAt = clock.Now.AddDays(-3);
        var window = options.MinimumCommentWindow > TimeSpan.FromDays(30) ? options.MinimumCommentWindow : TimeSpan.FromDays(30);
        var draft = await drafts.PublishAsync(new DraftInput
        {
            AgencyUnitId = agency.Id, Title = "Dự thảo Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh" + Sample, OpensAt = opensAt, ClosesAt = opensAt + window,
            Paragraphs =
            [
                "Điều 1. Phạm vi điều chỉnh: Quy định này quy định việc xác định, tuyển chọn, giao trực tiếp, đánh giá và nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh.",
                "Điều 2. Đối tượng áp dụng: cơ quan, tổ chức, cá nhân tham gia thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh.",
                "Điều 3. Hội đồng tư vấn xác định nhiệm vụ có từ 7 đến 9 thành viên, trong đó ít nhất một phần ba là nhà khoa học ngoài cơ quan quản lý.",
                "Điều 4. Thời hạn nghiệm thu: chậm nhất 60 ngày kể từ ngày kết thúc hợp đồng thực hiện nhiệm vụ.",
            ],
        }, cancellationToken);
        var paragraphs = draft.Paragraphs.OrderBy(p => p.Number).ToList();
        (int Paragraph, string Text, string? Contact, DispositionKind? Kind, string? Explanation)[] comments =
        [
            (2, "Đề nghị quy định rõ tỷ lệ thành viên là nữ và người dân tộc thiểu số trong hội đồng.", null, DispositionKind.Accepted, null),
            (3, "Thời hạn 60 ngày là dài; đề nghị rút xuống 45 ngày.", "gop-y-mau@example.vn", DispositionKind.PartlyAccepted,
                "Rút xuống 45 ngày với nhiệm vụ không có sản phẩm phải khảo nghiệm; giữ 60 ngày với nhiệm vụ có khảo nghiệm."),
            (0, "Đề nghị mở rộng phạm vi sang nhiệm vụ cấp cơ sở.", null, DispositionKind.NotAccepted,
                "Nhiệm vụ cấp cơ sở do đơn vị tự quản lý theo quy định riêng; không thuộc phạm vi Quy định này."),
            (1, "Đề nghị bổ sung doanh nghiệp khoa học và công nghệ vào đối tượng áp dụng.", null, null, null),
        ];
        for (var i = 0; i < comments.Length; i++)
        {
            var (paragraph, text, contact, kind, explanation) = comments[i];
            var comment = await drafts.CommentAsync(new DraftCommentInput
            {
                ParagraphId = paragraphs[paragraph].Id, PersonId = people[i % people.Count].Id, Text = text + Sample, Contact = contact,
            }, cancellationToken);
            if (kind is { } disposed)
            {
                await drafts.DisposeAsync(comment.Id, new DispositionInput { Kind = disposed, Explanation = explanation }, cancellationToken);
            }
        }
    }
}
