using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>No N+1: a page of 100 people costs the same SQL statements as a page of one.</summary>
public sealed class BatchingTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Page = """
        query($first: Int!) { intellectuals(first: $first, filter: { search: "lo thi" }) { edges { node {
          fullName unit { name parent { name } }
          qualifications { degree } languages { level } positions { title } trainings { kind } honours { title }
          highestQualification { degree } latestTraining { title }
          duplicateCandidates { id } history { action }
        } } } }
        """;

    [Fact]
    public async Task Every_list_field_of_a_person_is_loaded_in_batches_whatever_the_page_size()
    {
        for (var i = 0; i < 100; i++)
        {
            var person = await registry.CreatePersonAsync($"Lò Thị Số {i:000}", i % 2 == 0 ? registry.School : registry.Health, dateOfBirth: $"19{60 + (i % 30)}-03-0{1 + (i % 9)}");
            await registry.AddCareerRecordAsync("addQualification", "QualificationInput", person, new { degree = "BACHELOR", field = "Sư phạm", year = 2010 });
            if (i % 10 == 0)
            {
                await registry.AddCareerRecordAsync("addTraining", "TrainingInput", person,
                    new { kind = "KNOWLEDGE_UPDATE", title = "Cập nhật kiến thức", provider = "Sở Nội vụ", startDate = "2024-06-01", endDate = "2024-06-05", hours = 24 });
            }
        }

        await CountAsync(1); // the first request after the units were made reads the unit tree into the host
        var one = await CountAsync(1);
        var hundred = await CountAsync(100);

        hundred.Should().Be(one, "each field costs the same few statements for the whole page, however many people it holds");
        one.Should().BeLessThanOrEqualTo(2 + 9,
            "the count and the rows, then one statement for each of the nine list fields (duplicateCandidates reads the pairs and the other records "
            + "in one); the units come from the host's copy. Sent:\n" + _lastStatements);
    }

    private string _lastStatements = "";

    private async Task<int> CountAsync(int first)
    {
        using var statements = SqlStatements.Watch(registry.Host);
        var result = await registry.GraphQLAsync(Page, new { first }, registry.Administrator);
        result.GetProperty("data").GetProperty("intellectuals").GetProperty("edges").GetArrayLength().Should().Be(first);
        _lastStatements = string.Join("\n----\n", statements.Statements);
        return statements.Statements.Count;
    }
}
