using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Issue 20, item 4: Associations honours a restriction of processing through the kit's <c>[DataSubject]</c> marks.</summary>
public sealed class ProcessingRestrictionTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    [Fact]
    public async Task A_restricted_person_cannot_be_admitted_as_a_member_and_nothing_is_saved()
    {
        var (association, editor) = await province.FoundAsync("Hội Hạn chế xử lý");
        var person = await province.CreatePersonAsync("Vàng Thị Hạn", province.HealthDepartment);
        await province.RestrictProcessingAsync(person);

        var admitted = await province.AdmitRawAsync(association, person, "2025-03-01", editor);

        admitted.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "personId");
        (await province.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { associationsMemberships { id } } }", new { id = person }, province.Administrator))
            .Data("intellectual").GetProperty("associationsMemberships").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_members_file_refuses_at_its_row_a_restricted_person_and_admits_nobody()
    {
        var (association, editor) = await province.FoundAsync("Hội Nhập tệp hạn chế");
        var person = await province.CreatePersonAsync("Sùng Thị Hạn", province.HealthDepartment);
        await province.RestrictProcessingAsync(person);
        var csv = string.Join('\n', "Hội,Mã trí thức,Họ tên (người ngoài cơ sở dữ liệu),Loại hội viên,Ngày gia nhập",
            "Hội Nhập tệp hạn chế,,Ông Lý Văn Ngoài,Hội viên chính thức,15/01/2025",
            $"Hội Nhập tệp hạn chế,{person},,Hội viên chính thức,15/01/2025");

        var (_, dry) = await province.ImportAsync("members", csv, dryRun: true, editor);
        var (_, written) = await province.ImportAsync("members", csv, dryRun: false, editor);

        dry.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        written.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_member_whose_processing_is_restricted_pays_no_dues_by_hand_or_by_file_and_nothing_is_saved()
    {
        var (association, editor) = await province.FoundAsync("Hội Hội phí hạn chế");
        var person = await province.CreatePersonAsync("Giàng Thị Hạn", province.HealthDepartment);
        var restrictedMember = await province.AdmitAsync(association, person, "2024-01-15", editor);
        await province.AdmitAsync(association, null, "2024-01-15", editor, externalName: "Ông Vừ Văn Ngoài");
        await province.RestrictProcessingAsync(person);
        var csv = string.Join('\n', "Hội,Mã trí thức,Họ tên (người ngoài cơ sở dữ liệu),Năm,Ngày đóng,Số tiền (đồng)",
            "Hội Hội phí hạn chế,,Ông Vừ Văn Ngoài,2025,20/01/2025,60000",
            $"Hội Hội phí hạn chế,{person},,2025,20/01/2025,120000");

        var byHand = await province.DuesRawAsync(restrictedMember, 2025, "2025-01-20", editor);
        var (_, dry) = await province.ImportAsync("member-dues", csv, dryRun: true, editor);
        var (_, written) = await province.ImportAsync("member-dues", csv, dryRun: false, editor);

        byHand.FirstError().Should().Match<(string? Code, string? Field, string? Message)>(e => e.Code == "PROCESSING_RESTRICTED" && e.Field == "memberId");
        dry.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        dry.ProblemReasons().Single().Should().Contain("hạn chế xử lý");
        written.ProblemPlaces().Should().Equal((3, "Mã trí thức"));
        (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("dues").EnumerateArray()).Should().BeEmpty();
    }
}
