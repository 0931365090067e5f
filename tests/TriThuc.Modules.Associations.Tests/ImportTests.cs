using System.Net;
using TriThuc.Testing;

namespace TriThuc.Modules.Associations.Tests;

/// <summary>Members and dues from a spreadsheet: every bad row with its row, column and reason; all or nothing; a dry run saves nothing.</summary>
public sealed class ImportTests(AssociationsHost province) : IClassFixture<AssociationsHost>
{
    private const string MemberHeader = "Hội,Mã trí thức,Họ tên (người ngoài cơ sở dữ liệu),Loại hội viên,Ngày gia nhập";
    private const string DuesHeader = "Hội,Mã trí thức,Họ tên (người ngoài cơ sở dữ liệu),Năm,Ngày đóng,Số tiền (đồng)";

    [Fact]
    public async Task Every_bad_member_row_is_reported_with_its_row_column_and_reason_and_nothing_is_saved()
    {
        var (association, editor) = await province.FoundAsync("Hội Luật gia tỉnh", foundedOn: "2010-01-01");
        await province.FoundAsync("Hội Nhà báo tỉnh", foundedOn: "2010-01-01");
        var csv = string.Join('\n', MemberHeader,
            $"Hội Luật gia tỉnh,{province.People[0]},,Hội viên chính thức,01/03/2024",
            $"Hoi luat gia tinh,{Guid.NewGuid()},,Hội viên chính thức,01/03/2024",
            $"Hội Nhà báo tỉnh,{province.People[1]},,Hội viên chính thức,01/03/2024",
            $"Hội Luật gia tỉnh,,Nguyễn Ngoại,Hội viên hạng vàng,01/03/2024",
            $"Hội Luật gia tỉnh,,Trần Ngoại,hoi vien lien ket,31/02/2024",
            $"Hội Luật gia tỉnh,{province.People[0]},,Hội viên chính thức,01/04/2024",
            $"Hội Không Có,,Lê Ngoại,Hội viên danh dự,01/03/2024");

        var (status, report) = await province.ImportAsync("members", csv, dryRun: false, editor);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .Should().Equal((3, "Mã trí thức"), (4, "Hội"), (5, "Loại hội viên"), (6, "Ngày gia nhập"), (7, "Mã trí thức"), (8, "Hội"));
        report.GetProperty("problems")[1].GetProperty("reason").GetString().Should().Contain("không phải người biên tập", "an editor imports for their own association only");
        report.GetProperty("problems")[4].GetProperty("reason").GetString().Should().Contain("đã là hội viên");
        (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("totalCount").GetInt32().Should().Be(0, "a file is saved whole or not at all");
    }

    [Fact]
    public async Task A_members_file_for_an_association_with_decisions_is_admitted_and_its_decisions_stay_as_they_were()
    {
        var (association, editor) = await province.FoundAsync("Hội Tin học tỉnh", foundedOn: "2010-01-01");
        (await province.DecideRawAsync(association, "SUSPENDED", "2020-01-01", editor)).Data("decideAssociationsStatus");
        (await province.DecideRawAsync(association, "ACTIVE", "2021-01-01", editor)).Data("decideAssociationsStatus");
        var csv = string.Join('\n', MemberHeader,
            $"Hội Tin học tỉnh,{province.People[3]},,Hội viên chính thức,15/01/2024",
            "Hội Tin học tỉnh,,Ông Đỗ Văn Ngoài,Hội viên liên kết,15/01/2024");

        var (status, report) = await province.ImportAsync("members", csv, dryRun: false, editor);
        var suspendedAfter = await province.DecideRawAsync(association, "SUSPENDED", "2024-02-01", editor);

        status.Should().Be(HttpStatusCode.OK, report.ToString());
        (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("totalCount").GetInt32().Should().Be(2);
        suspendedAfter.Data("decideAssociationsStatus");
        (await province.StatusAsync(association, "2020-06-01")).Should().Be("SUSPENDED");
        (await province.StatusAsync(association, "2024-03-01")).Should().Be("SUSPENDED");
        (await province.GraphQLAsync("query($id: ID!) { associationsAssociation(id: $id) { decisions { status decidedOn } } }", new { id = association }, province.Administrator))
            .Data("associationsAssociation").GetProperty("decisions").EnumerateArray().Select(d => (d.Text("status"), d.Text("decidedOn")))
            .Should().BeEquivalentTo([("SUSPENDED", "2020-01-01"), ("ACTIVE", "2021-01-01"), ("SUSPENDED", "2024-02-01")], "the file saved its members and nothing else");
    }

    [Fact]
    public async Task Members_then_their_dues_are_imported_after_a_dry_run_that_saves_nothing_and_dues_are_not_paid_twice()
    {
        var (association, editor) = await province.FoundAsync("Hội Khuyến học tỉnh", foundedOn: "2010-01-01");
        var members = string.Join('\n', MemberHeader,
            $"Hội Khuyến học tỉnh,{province.People[2]},,Hội viên chính thức,15/01/2024",
            "Hội Khuyến học tỉnh,,Bà Hoàng Thị Ngoài,Hội viên liên kết,2024-02-01");
        var dues = string.Join('\n', DuesHeader,
            $"Hội Khuyến học tỉnh,{province.People[2]},,2024,20/01/2024,120.000",
            "Hội Khuyến học tỉnh,,ba hoang thi ngoai,2024,01/02/2024,60000");

        var (_, dry) = await province.ImportAsync("members", members, dryRun: true, editor);
        var afterDryRun = (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("totalCount").GetInt32();
        var (_, imported) = await province.ImportAsync("members", members, dryRun: false, editor);
        var (_, paid) = await province.ImportAsync("member-dues", dues, dryRun: false, editor);
        var (again, twice) = await province.ImportAsync("member-dues", dues, dryRun: false, editor);

        dry.GetProperty("created").GetInt32().Should().Be(2);
        afterDryRun.Should().Be(0);
        imported.GetProperty("applied").GetBoolean().Should().BeTrue();
        paid.GetProperty("created").GetInt32().Should().Be(2);
        (await province.MembersRawAsync(association, editor)).Data("associationsMembers").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("dues")[0].GetProperty("amount").GetInt64()).Should().BeEquivalentTo([120000L, 60000L]);
        again.Should().Be(HttpStatusCode.UnprocessableEntity);
        twice.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).Should().Equal((2, "Năm"), (3, "Năm"));
    }
}
