using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class CooperationTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    private static readonly DateOnly Today = UniversityHost.Today;

    [Fact]
    public async Task An_agreement_lists_its_activities_and_participants_and_is_found_by_origin_country_and_validity()
    {
        var agreement = await province.AgreementAsync("Đại học Quốc gia Chungnam", "FOREIGN", "Hàn Quốc", Today.AddYears(-2), Today.AddYears(3));
        await province.AgreementAsync("Trường Đại học Sư phạm Hà Nội", "DOMESTIC", null, Today.AddYears(-1), null);
        (await province.RecordActivityAsync(agreement, "OUTGOING_LECTURER", Today.AddMonths(-3), Today.AddMonths(-2), [province.People[5]]))
            .Data("recordUniversityCooperationActivity").GetProperty("participants")[0].Text("fullName").Should().Be("Hoàng Thị Lan");
        await province.RecordActivityAsync(agreement, "VISITING_EXPERT", Today.AddMonths(-1));

        var found = (await province.GraphQLAsync(
            $"{{ universityCooperationAgreements(filter: {{ origin: FOREIGN, country: \"han quoc\", inForceOn: \"{UniversityHost.Day(Today)}\" }}) {{ totalCount nodes {{ partner country responsibleUnitName activities {{ kind participants {{ fullName }} }} }} }} }}",
            token: province.RegistryEditor)).Data("universityCooperationAgreements");

        found.GetProperty("totalCount").GetInt32().Should().Be(1);
        var node = found.GetProperty("nodes")[0];
        node.Text("partner").Should().Be("Đại học Quốc gia Chungnam");
        node.Text("responsibleUnitName").Should().Be("Phân hiệu Đại học Thái Nguyên");
        node.GetProperty("activities").EnumerateArray().Select(a => a.Text("kind")).Should().Equal("OUTGOING_LECTURER", "VISITING_EXPERT");
        var domestic = (await province.GraphQLAsync("{ universityCooperationAgreements(filter: { origin: DOMESTIC, search: \"su pham\" }) { nodes { country validTo } } }",
            token: province.Editor)).Data("universityCooperationAgreements").GetProperty("nodes")[0];
        domestic.Text("country").Should().Be("Việt Nam", "a domestic partner is in Việt Nam unless told otherwise");
        domestic.GetProperty("validTo").ValueKind.Should().Be(JsonValueKind.Null);
        var byPerson = (await province.GraphQLAsync("query($p: ID!) { universityCooperationActivities(filter: { personId: $p }) { totalCount nodes { agreement { partner } } } }",
            new { p = province.People[5] }, province.Editor)).Data("universityCooperationActivities");
        byPerson.GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_activity_outside_its_agreements_validity_is_refused_on_the_date_with_the_reason_and_nothing_is_saved()
    {
        var agreement = await province.AgreementAsync("Viện Hàn lâm Khoa học Lào", "FOREIGN", "Lào", Today.AddYears(-3), Today.AddYears(-1));

        var before = await province.RecordActivityAsync(agreement, "EXCHANGE", Today.AddYears(-3).AddDays(-1));
        var after = await province.RecordActivityAsync(agreement, "JOINT_PROJECT", Today.AddYears(-1).AddDays(-10), Today.AddYears(-1).AddDays(5));
        var within = await province.RecordActivityAsync(agreement, "JOINT_PROJECT", Today.AddYears(-2), Today.AddYears(-1));

        before.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "startDate" && e.Message!.Contains("trước khi thỏa thuận"));
        after.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "endDate" && e.Message!.Contains("hết hiệu lực"));
        within.Data("recordUniversityCooperationActivity").Text("kind").Should().Be("JOINT_PROJECT", "the last day of validity is still within it");
        (await province.GraphQLAsync("query($a: ID!) { universityCooperationAgreement(id: $a) { activities { id } } }", new { a = agreement }, province.Editor))
            .Data("universityCooperationAgreement").GetProperty("activities").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Another_departments_editor_may_read_agreements_but_not_record_them_or_their_activities()
    {
        var health = province.EditorOf("Health");
        var agreement = await province.AgreementAsync("Đại học Thái Nguyên", "DOMESTIC", "Việt Nam", Today.AddYears(-1), Today.AddYears(1));

        var record = await province.RecordAgreementAsync(new
        {
            partner = "Bệnh viện Bạch Mai", origin = "DOMESTIC", type = "TRAINING_AGREEMENT", scope = "Đào tạo", signedOn = UniversityHost.Day(Today.AddDays(-5)),
            responsibleUnitId = province.UniversityBranch,
        }, health);
        var activity = await province.RecordActivityAsync(agreement, "EXCHANGE", Today.AddDays(-3), token: health);

        record.FirstError().Code.Should().Be("FORBIDDEN");
        activity.FirstError().Code.Should().Be("FORBIDDEN");
        (await province.GraphQLAsync("query($a: ID!) { universityCooperationActivities(filter: { agreementId: $a }) { totalCount } }", new { a = agreement }, health))
            .Data("universityCooperationActivities").GetProperty("totalCount").GetInt32().Should().Be(0, "the refused activity was not saved");
        (await province.GraphQLAsync("{ universityCooperationAgreements(filter: { search: \"bach mai\" }) { totalCount } }", token: health))
            .Data("universityCooperationAgreements").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task An_agreement_needs_a_country_matching_its_origin_a_branch_unit_and_an_end_not_before_its_start()
    {
        var signed = UniversityHost.Day(Today.AddDays(-10));
        object Input(string origin, string? country, Guid unit, string? validTo = null) =>
            new { partner = "Đối tác thử", origin, country, type = "FRAMEWORK_AGREEMENT", scope = "Hợp tác toàn diện", signedOn = signed, validTo, responsibleUnitId = unit };

        var domesticAbroad = await province.RecordAgreementAsync(Input("DOMESTIC", "Nhật Bản", province.UniversityBranch));
        var foreignAtHome = await province.RecordAgreementAsync(Input("FOREIGN", "Viet Nam", province.UniversityBranch));
        var hospital = await province.RecordAgreementAsync(Input("FOREIGN", "Nhật Bản", province.Hospital));
        var backwards = await province.RecordAgreementAsync(Input("FOREIGN", "Nhật Bản", province.UniversityBranch, UniversityHost.Day(Today.AddDays(-20))));

        domesticAbroad.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "country");
        foreignAtHome.FirstError().Field.Should().Be("country");
        hospital.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "VALIDATION" && e.Field == "responsibleUnitId" && e.Message!.Contains("Bệnh viện"));
        backwards.FirstError().Field.Should().Be("validTo");
    }

    [Fact]
    public async Task Agreements_are_paged_the_latest_signed_first()
    {
        foreach (var partner in new[] { "Đối tác phân trang A", "Đối tác phân trang B", "Đối tác phân trang C" })
        {
            await province.AgreementAsync(partner, "DOMESTIC", null, Today.AddDays(-partner[^1]), null);
        }

        var first = (await province.GraphQLAsync("{ universityCooperationAgreements(first: 2, filter: { search: \"phan trang\" }) { totalCount pageInfo { hasNextPage endCursor } nodes { partner } } }",
            token: province.Editor)).Data("universityCooperationAgreements");
        var rest = (await province.GraphQLAsync("query($after: String) { universityCooperationAgreements(first: 2, after: $after, filter: { search: \"phan trang\" }) { nodes { partner } } }",
            new { after = first.GetProperty("pageInfo").Text("endCursor") }, province.Editor)).Data("universityCooperationAgreements");

        first.GetProperty("totalCount").GetInt32().Should().Be(3);
        first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();
        first.GetProperty("nodes").EnumerateArray().Concat(rest.GetProperty("nodes").EnumerateArray()).Select(n => n.Text("partner"))
            .Should().Equal("Đối tác phân trang A", "Đối tác phân trang B", "Đối tác phân trang C");
    }
}
