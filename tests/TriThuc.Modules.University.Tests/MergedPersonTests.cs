using TriThuc.Testing;

namespace TriThuc.Modules.University.Tests;

public sealed class MergedPersonTests(UniversityHost province) : IClassFixture<UniversityHost>
{
    [Fact]
    public async Task When_the_Registry_merges_two_records_enrolments_authorships_and_lecturers_years_follow_the_kept_one_without_doubling()
    {
        var kept = await province.CreatePersonAsync("Hà Thị Nga", province.UniversityBranch, gender: "FEMALE");
        var duplicate = await province.CreatePersonAsync("Hà Thị Nga", province.UniversityBranch, gender: "FEMALE");
        var ended = UniversityHost.Today.AddDays(-3);
        var course = await province.OfferCourseAsync("Tiếng Anh chuyên ngành", "FOREIGN_LANGUAGE", ended.AddDays(-10), ended);
        var other = await province.OfferCourseAsync("Kỹ năng quản lý", "MANAGEMENT", ended.AddDays(-10), ended);
        await province.EnrolAsync(course, kept, ended.AddDays(-11));
        await province.EnrolAsync(course, duplicate, ended.AddDays(-11));
        await province.EnrolAsync(other, duplicate, ended.AddDays(-11));
        await province.OutputAsync(duplicate, "JOURNAL_ARTICLE", 2024, "Bài của bản ghi trùng");
        var shared = (await province.GraphQLAsync("mutation($input: UniversityResearchOutputInput!) { recordUniversityResearchOutput(input: $input) { id } }", new
        {
            input = new
            {
                title = "Bài chung của hai bản ghi", kind = "CONFERENCE_PAPER", year = 2024,
                authors = new object[] { new { personId = kept }, new { externalName = "Nguyễn Ngoài" }, new { personId = duplicate, isCorresponding = true } },
            },
        }, province.Editor)).Data("recordUniversityResearchOutput").Id();
        await Workload(duplicate, 2024);
        await Workload(kept, 2023);
        await Workload(duplicate, 2023);

        (await province.GraphQLAsync("mutation($keep: ID!, $merge: ID!) { mergeIntellectuals(keepId: $keep, mergeId: $merge) { id } }",
            new { keep = kept, merge = duplicate }, province.RegistryEditor)).Data("mergeIntellectuals");

        // The Registry answers for a merged id with the kept person at once, so wait for the module's own rows to move;
        // then read again, as one request's lists are read one after another and the move may land between them.
        const string Person = "query($id: ID!) { intellectual(id: $id) { universityEnrolments { course { title } } universityResearchOutputs { id title authors { position isCorresponding externalName } } universityLecturerWorkloads { academicYear } } }";
        await Eventually.ValueAsync(() => province.GraphQLAsync(Person, new { id = kept }, province.Editor),
            result => result.Data("intellectual").GetProperty("universityLecturerWorkloads").GetArrayLength() == 2);
        var person = (await province.GraphQLAsync(Person, new { id = kept }, province.Editor)).Data("intellectual");

        person.GetProperty("universityEnrolments").EnumerateArray().Select(e => e.GetProperty("course").Text("title"))
            .Should().BeEquivalentTo(["Tiếng Anh chuyên ngành", "Kỹ năng quản lý"], "the duplicate's enrolment on a course the kept person already had stays with the duplicate");
        person.GetProperty("universityLecturerWorkloads").EnumerateArray().Select(w => w.GetProperty("academicYear").GetInt32()).Should().Equal(2024, 2023);
        var outputs = person.GetProperty("universityResearchOutputs").EnumerateArray().ToList();
        outputs.Select(o => o.Text("title")).Should().BeEquivalentTo(["Bài của bản ghi trùng", "Bài chung của hai bản ghi"]);
        var byline = outputs.Single(o => o.Id() == shared).GetProperty("authors").EnumerateArray().ToList();
        byline.Should().HaveCount(2, "the person is listed once");
        byline[0].GetProperty("isCorresponding").GetBoolean().Should().BeTrue("the kept record inherits the corresponding flag");
        byline[1].Text("externalName").Should().Be("Nguyễn Ngoài");
        (await province.GraphQLAsync("query($id: ID!) { universityLecturerWorkloads(filter: { personId: $id }) { totalCount } }", new { id = duplicate }, province.Editor))
            .Data("universityLecturerWorkloads").GetProperty("totalCount").GetInt32().Should().Be(1, "the kept person's 2023 year stands; the duplicate's stays apart");
    }

    private async Task Workload(Guid person, int academicYear) =>
        (await province.RecordWorkloadAsync(new { personId = person, academicYear, teachingNorm = 270, teachingHours = 280, researchHours = 600 })).Data("recordUniversityLecturerWorkload");
}
