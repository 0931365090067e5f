using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.SharedKernel.Tests.Paging;

/// <summary>An ordered list is paged by its keys: rows saved or removed between two pages never make a page skip or repeat a row.</summary>
public sealed class KeysetPagingTests
{
    private sealed record Row(Guid Id, string Name, DateOnly Day);

    private static List<Row> Rows(params string[] names) =>
        names.Select((name, i) => new Row(Guid.NewGuid(), name, new DateOnly(2025, 1, 1).AddDays(i % 3))).ToList();

    private static IQueryable<Row> ByName(List<Row> rows) => rows.AsQueryable().OrderBy(r => r.Name).ThenBy(r => r.Id);

    [Fact]
    public async Task A_row_saved_before_the_cursor_between_two_pages_neither_skips_nor_repeats_a_row()
    {
        var rows = Rows("An", "Bình", "Cường", "Dũng", "Giang", "Hà");
        var first = await ByName(rows).ToConnectionAsync(new PagingArguments(First: 3));
        rows.Add(new Row(Guid.NewGuid(), "Ánh", new DateOnly(2025, 1, 1)));
        rows.RemoveAll(r => r.Name == "An");

        var second = await ByName(rows).ToConnectionAsync(new PagingArguments(First: 3, After: first.PageInfo.EndCursor));

        first.Nodes.Select(r => r.Name).Should().Equal("An", "Bình", "Cường");
        second.Nodes.Select(r => r.Name).Should().Equal("Dũng", "Giang", "Hà");
        second.PageInfo.HasNextPage.Should().BeFalse();
        second.PageInfo.HasPreviousPage.Should().BeTrue();
    }

    [Fact]
    public async Task Paging_backwards_from_the_end_and_from_a_cursor_keeps_the_lists_order()
    {
        var rows = Rows("An", "Bình", "Cường", "Dũng", "Giang", "Hà");
        var query = rows.AsQueryable().OrderByDescending(r => r.Day).ThenBy(r => r.Name).ThenBy(r => r.Id);
        var all = (await query.ToConnectionAsync(new PagingArguments(First: 10))).Nodes.Select(r => r.Name).ToList();

        var last = await query.ToConnectionAsync(new PagingArguments(Last: 2));
        var before = await query.ToConnectionAsync(new PagingArguments(Last: 2, Before: last.PageInfo.StartCursor));

        last.Nodes.Select(r => r.Name).Should().Equal(all[4..]);
        before.Nodes.Select(r => r.Name).Should().Equal(all[2..4]);
        before.PageInfo.HasNextPage.Should().BeTrue();
        before.PageInfo.HasPreviousPage.Should().BeTrue();
    }

    [Fact]
    public async Task A_cursor_of_one_ordering_is_refused_by_another()
    {
        var rows = Rows("An", "Bình", "Cường");
        var byName = await ByName(rows).ToConnectionAsync(new PagingArguments(First: 1));

        var act = () => rows.AsQueryable().OrderBy(r => r.Day).ThenBy(r => r.Id).ToConnectionAsync(new PagingArguments(First: 1, After: byName.PageInfo.EndCursor));

        (await act.Should().ThrowAsync<DomainException>()).Which.Field.Should().Be("after");
    }

    [Fact]
    public async Task A_database_query_is_paged_by_its_keys_in_sql()
    {
        using var database = new Support.TestDatabase();
        var codes = new[] { "DT-05", "DT-01", "DT-04", "DT-02", "DT-03" };
        await database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Support.PublisherDbContext>();
            db.Projects.AddRange(codes.Select(code => new Support.Project { Code = code }));
            return await db.SaveChangesAsync();
        });

        var pages = await database.InScopeAsync(async services =>
        {
            var query = services.GetRequiredService<Support.PublisherDbContext>().Projects.OrderBy(p => p.Code).ThenBy(p => p.Id);
            var first = await query.ToConnectionAsync(new PagingArguments(First: 2));
            var rest = await query.ToConnectionAsync(new PagingArguments(First: 10, After: first.PageInfo.EndCursor));
            return (First: first, Remaining: rest);
        });

        pages.First.Nodes.Concat(pages.Remaining.Nodes).Select(p => p.Code).Should().Equal(codes.Order(StringComparer.Ordinal));
        pages.Remaining.TotalCount.Should().Be(5);
    }

    [Fact]
    public async Task An_unordered_database_query_is_not_paged()
    {
        using var database = new Support.TestDatabase();

        var act = () => database.InScopeAsync(services =>
            services.GetRequiredService<Support.PublisherDbContext>().Projects.ToConnectionAsync(new PagingArguments(First: 2)));

        await act.Should().ThrowAsync<InvalidOperationException>();
    }
}
