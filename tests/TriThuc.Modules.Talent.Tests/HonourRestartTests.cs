using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>An honour decided in the round reaches the Registry once, even when a restarted host delivers its event again.</summary>
public sealed class HonourRestartTests
{
    [Fact]
    public async Task An_honour_is_recorded_once_on_the_registry_record_across_a_host_restart_and_a_redelivery()
    {
        using var plugins = PluginFolder.WithModules("Registry", "Talent", "Science");
        var dataPath = TempPaths.NewFolder("honours-restart");
        var database = TestDatabase.IsPostgres ? await PostgresServer.CreateDatabaseAsync() : null;
        string[] settings = [$"TriThuc:DataPath={dataPath}"];
        try
        {
            Guid person;
            Guid round;
            const string Title = "Trí thức tiêu biểu tỉnh Tuyên Quang năm 2025";
            await using (var first = await TestHost.StartOnAsync(plugins, database, settings))
            {
                var administrator = first.Token(Roles.Administrator);
                var editor = first.Token(Roles.Editor, "Talent");
                var province = await UnitAsync(first, "TQ", "Tỉnh Tuyên Quang", "PROVINCE", null);
                var hospital = await UnitAsync(first, "BVDK", "Bệnh viện Đa khoa tỉnh", "HOSPITAL", province);
                var university = await UnitAsync(first, "PH-DHTN", "Phân hiệu Đại học Thái Nguyên", "UNIVERSITY_BRANCH", province);
                person = await PersonAsync(first, "Hoàng Văn Phúc", hospital);
                (await first.GraphQLAsync("mutation($id: ID!, $input: QualificationInput!) { addQualification(intellectualId: $id, input: $input) { id } }",
                    new { id = person, input = new { degree = "PHYSICIAN", field = "Y đa khoa", year = 2005 } }, token: administrator)).Data("addQualification");
                var jurors = new List<Guid>();
                foreach (var name in new[] { "GS. Đỗ Văn Chính", "PGS. Ngô Thị Thu", "TS. Vương Minh Tâm", "TS. Đinh Thị Yến", "ThS. Bùi Quốc Việt" })
                {
                    jurors.Add(await PersonAsync(first, name, university));
                }

                var closesAt = DateTimeOffset.UtcNow.AddSeconds(15);
                round = (await first.GraphQLAsync("mutation($input: TalentHonourRoundInput!) { createTalentHonourRound(input: $input) { id } }", new
                {
                    input = new
                    {
                        year = 2025, title = Title, minimumYearsOfWork = 10, requiredAchievements = "Có đề tài, sáng kiến được ứng dụng.",
                        opensAt = DateTimeOffset.UtcNow.AddMinutes(-1), closesAt, quotas = new[] { new { unitId = hospital, quota = 1 } },
                    },
                }, token: editor)).Data("createTalentHonourRound").Id();
                var nomination = (await first.GraphQLAsync("mutation($input: TalentHonourNominationInput!) { nominateTalentHonour(input: $input) { id status } }", new
                {
                    input = new
                    {
                        roundId = round, intellectualId = person, nominatingUnitId = hospital,
                        achievements = new[] { new { title = "Ghép thận lần đầu tại tỉnh", year = 2024, kind = "SCIENCE_PROJECT" } },
                    },
                }, token: editor)).Data("nominateTalentHonour").Id();
                var seats = new List<Guid>();
                foreach (var juror in jurors)
                {
                    var seated = (await first.GraphQLAsync(
                        "mutation($r: ID!, $input: TalentHonourCouncilSeatInput!) { addTalentHonourCouncilMember(roundId: $r, input: $input) { councilSeats { id member { id } } } }",
                        new { r = round, input = new { intellectualId = juror, role = seats.Count == 0 ? "CHAIR" : "MEMBER" } }, token: editor)).Data("addTalentHonourCouncilMember");
                    seats.Add(seated.GetProperty("councilSeats").EnumerateArray().Single(s => s.GetProperty("member").Id() == juror).Id());
                }

                var wait = closesAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                foreach (var seat in seats)
                {
                    (await first.GraphQLAsync("mutation($n: ID!, $s: ID!) { scoreTalentHonourNomination(nominationId: $n, seatId: $s, score: 85) { id } }",
                        new { n = nomination, s = seat }, token: editor)).Data("scoreTalentHonourNomination");
                }

                (await first.GraphQLAsync("mutation($r: ID!, $input: TalentHonourDecisionInput!) { decideTalentHonourRound(roundId: $r, input: $input) { id } }",
                    new { r = round, input = new { number = "88/QĐ-UBND", decidedOn = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd"), awardedBy = "Ủy ban nhân dân tỉnh Tuyên Quang" } },
                    token: editor)).Data("decideTalentHonourRound");
                await Eventually.ValueAsync(() => HonoursAsync(first, person), honours => honours.Count == 1);
            }

            await using var second = await TestHost.StartOnAsync(plugins, database, settings);
            await second.RedeliverAsync("Talent");
            await Eventually.ValueAsync(async () => (await second.OutboxTypesAsync("Talent", pendingOnly: true)).Count, pending => pending == 0);

            (await HonoursAsync(second, person)).Should().Equal([(2025, Title)], "the Registry's inbox remembers the event across the restart");
            var again = await second.GraphQLAsync("mutation($r: ID!, $input: TalentHonourDecisionInput!) { decideTalentHonourRound(roundId: $r, input: $input) { id } }",
                new { r = round, input = new { number = "89/QĐ-UBND", decidedOn = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd"), awardedBy = "Ủy ban nhân dân tỉnh Tuyên Quang" } },
                token: second.Token(Roles.Editor, "Talent"));
            again.FirstError().Code.Should().Be("CONFLICT", "the round was decided before the restart");
        }
        finally
        {
            if (database is not null)
            {
                await PostgresServer.DropDatabaseAsync(database);
            }

            TempPaths.TryDelete(dataPath);
        }
    }

    private static async Task<Guid> UnitAsync(TestHost host, string code, string name, string kind, Guid? parent) =>
        (await host.GraphQLAsync("mutation($input: UnitInput!) { createUnit(input: $input) { id } }",
            new { input = new { code, name, kind, parentId = parent, validFrom = "2000-01-01" } }, token: host.Token(Roles.Administrator))).Data("createUnit").Id();

    private static async Task<Guid> PersonAsync(TestHost host, string fullName, Guid unit) =>
        (await host.GraphQLAsync("mutation($input: IntellectualInput!) { createIntellectual(input: $input) { id } }", new
        {
            input = new { fullName, gender = "MALE", dateOfBirth = "1978-02-02", ethnicGroupCode = "01", unitId = unit, fieldCode = "health", isPublicSector = true },
        }, token: host.Token(Roles.Administrator))).Data("createIntellectual").Id();

    private static async Task<List<(int Year, string? Title)>> HonoursAsync(TestHost host, Guid person) =>
        (await host.GraphQLAsync("query($id: ID!) { intellectual(id: $id) { honours { year title } } }", new { id = person }, token: host.Token(Roles.Administrator)))
            .Data("intellectual").GetProperty("honours").EnumerateArray().Select(h => (h.GetProperty("year").GetInt32(), h.Text("title"))).ToList();
}
