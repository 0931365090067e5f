using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Paging;

namespace TriThuc.SharedKernel.Tests.Paging;

public sealed class QueryablePagingTests
{
    private static readonly IQueryable<int> OneToTen = Enumerable.Range(1, 10).AsQueryable();

    [Fact]
    public async Task First_page_reports_total_and_that_more_follow()
    {
        var page = await OneToTen.ToConnectionAsync(new PagingArguments(First: 3));

        page.Edges!.Select(e => e.Node).Should().Equal(1, 2, 3);
        page.TotalCount.Should().Be(10);
        page.PageInfo!.HasNextPage.Should().BeTrue();
        page.PageInfo.HasPreviousPage.Should().BeFalse();
    }

    [Fact]
    public async Task After_the_end_cursor_comes_the_next_page_without_overlap()
    {
        var first = await OneToTen.ToConnectionAsync(new PagingArguments(First: 4));
        var second = await OneToTen.ToConnectionAsync(new PagingArguments(First: 4, After: first.PageInfo!.EndCursor));
        var third = await OneToTen.ToConnectionAsync(new PagingArguments(First: 4, After: second.PageInfo!.EndCursor));

        second.Edges!.Select(e => e.Node).Should().Equal(5, 6, 7, 8);
        third.Edges!.Select(e => e.Node).Should().Equal(9, 10);
        third.PageInfo!.HasNextPage.Should().BeFalse();
        third.PageInfo.HasPreviousPage.Should().BeTrue();
    }

    [Fact]
    public async Task Last_pages_backwards_from_the_end_and_from_a_before_cursor()
    {
        var last = await OneToTen.ToConnectionAsync(new PagingArguments(Last: 3));
        var previous = await OneToTen.ToConnectionAsync(new PagingArguments(Last: 3, Before: last.PageInfo!.StartCursor));

        last.Edges!.Select(e => e.Node).Should().Equal(8, 9, 10);
        previous.Edges!.Select(e => e.Node).Should().Equal(5, 6, 7);
        previous.PageInfo!.HasNextPage.Should().BeTrue();
        previous.PageInfo.HasPreviousPage.Should().BeTrue();
    }

    [Fact]
    public async Task Without_first_or_last_a_default_page_comes_back()
    {
        var page = await Enumerable.Range(1, 50).AsQueryable().ToConnectionAsync(new PagingArguments());

        page.Edges.Should().HaveCount(PagingArguments.DefaultPageSize);
        page.TotalCount.Should().Be(50);
    }

    [Fact]
    public async Task An_empty_list_gives_an_empty_page_with_null_cursors()
    {
        var page = await Enumerable.Empty<int>().AsQueryable().ToConnectionAsync(new PagingArguments(First: 5));

        page.Edges.Should().BeEmpty();
        page.TotalCount.Should().Be(0);
        page.PageInfo!.StartCursor.Should().BeNull();
        page.PageInfo.HasNextPage.Should().BeFalse();
    }

    [Theory]
    [InlineData("bm90LWEtY3Vyc29y")] // "not-a-cursor"
    [InlineData("%%%")]
    [InlineData("bzoyMTQ3NDgzNjQ3")] // "o:2147483647", one past the last position that can exist
    public async Task A_forged_cursor_is_a_validation_error_naming_the_argument(string cursor)
    {
        var act = () => OneToTen.ToConnectionAsync(new PagingArguments(First: 2, After: cursor));

        var error = (await act.Should().ThrowAsync<DomainException>()).Which;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Field.Should().Be("after");
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused()
    {
        var act = () => OneToTen.ToConnectionAsync(new PagingArguments(First: PagingArguments.MaxPageSize + 1));

        (await act.Should().ThrowAsync<DomainException>()).Which.Field.Should().Be("first");
    }
}
