using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Registry.Tests;

/// <summary>Lists page by cursors that name a row by its sort keys: a person saved or removed between two pages makes no page skip or repeat a row.</summary>
public sealed class ListPagingTests(RegistryHost registry) : IClassFixture<RegistryHost>
{
    private const string Page = "query($unit: ID!, $after: String, $order: IntellectualOrder) { intellectuals(first: 2, after: $after, orderBy: $order, filter: { unitId: $unit }) " +
        "{ totalCount nodes { fullName } pageInfo { hasNextPage hasPreviousPage endCursor } } }";

    [Fact]
    public async Task A_person_saved_before_the_cursor_between_two_pages_neither_shifts_nor_repeats_the_next_page()
    {
        var unit = await registry.CreateUnitAsync("TRUONG-PT", "Trường Phổ thông Pà Vầy Sủ", "UPPER_SECONDARY_SCHOOL", registry.Education);
        foreach (var name in new[] { "Ma Văn Bình", "Ma Văn Cường", "Ma Văn Dũng", "Ma Văn Giang", "Ma Văn Hải" })
        {
            await registry.CreatePersonAsync(name, unit);
        }

        var first = await PageAsync(unit, null, null);
        await registry.CreatePersonAsync("Ma Văn An", unit);
        var second = await PageAsync(unit, first.GetProperty("pageInfo").Text("endCursor"), null);

        Names(first).Should().Equal("Ma Văn Bình", "Ma Văn Cường");
        Names(second).Should().Equal("Ma Văn Dũng", "Ma Văn Giang");
        second.GetProperty("totalCount").GetInt32().Should().Be(6);
        second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_list_ordered_by_birth_date_pages_through_every_person_once()
    {
        var unit = await registry.CreateUnitAsync("TRUONG-DT", "Trường Dân tộc nội trú", "ETHNIC_BOARDING_SCHOOL", registry.Education);
        var born = new[] { "1980-01-01", "1985-06-15", "1985-06-15", "1990-12-31", "1975-03-03" };
        for (var i = 0; i < born.Length; i++)
        {
            await registry.CreatePersonAsync($"Sùng A Páo {i}", unit, dateOfBirth: born[i]);
        }

        var seen = new List<string?>();
        string? after = null;
        for (var page = 0; page < 5; page++)
        {
            // Ordering by birth date reads personal data: an administrator may.
            var connection = await PageAsync(unit, after, "DATE_OF_BIRTH_DESCENDING", registry.Administrator);
            seen.AddRange(Names(connection));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = connection.GetProperty("pageInfo").Text("endCursor");
        }

        seen.Should().HaveCount(5).And.OnlyHaveUniqueItems();
        seen.First().Should().Be("Sùng A Páo 3", "the youngest comes first");
        seen.Last().Should().Be("Sùng A Páo 4");
    }

    private async Task<JsonElement> PageAsync(Guid unit, string? after, string? order, string? token = null) =>
        (await registry.GraphQLAsync(Page, new { unit, after, order }, token ?? registry.Editor)).Data("intellectuals");

    private static List<string?> Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.Text("fullName")).ToList();
}
