using System.Linq.Expressions;
using TriThuc.SharedKernel.Linq;

namespace TriThuc.SharedKernel.Tests.Linq;

public sealed class CompiledDelegatesTests
{
    private sealed record Person(string Name, int Born);

    [Fact]
    public void The_same_lambda_built_again_is_compiled_once()
    {
        var first = CompiledDelegates.Of(Born());
        var again = CompiledDelegates.Of(Born());

        again.Should().BeSameAs(first, "a request builds its expression again, and must not pay for compiling it again");
        first(new Person("Lò Văn Páo", 1985)).Should().Be(1985);

        static Expression<Func<Person, int>> Born() => p => p.Born;
    }

    [Fact]
    public void Lambdas_that_differ_in_a_member_or_a_captured_value_each_give_their_own_answer()
    {
        var person = new Person("Lò Văn Páo", 1985);

        CompiledDelegates.Of<Func<Person, object>>(p => p.Name)(person).Should().Be("Lò Văn Páo");
        CompiledDelegates.Of<Func<Person, object>>(p => p.Born)(person).Should().Be(1985);
        foreach (var offset in new[] { 1, 2 })
        {
            CompiledDelegates.Of<Func<Person, int>>(p => p.Born + offset)(person).Should().Be(1985 + offset);
        }
    }

    [Fact]
    public void A_lambda_capturing_a_variable_is_not_kept()
    {
        var born = 1985;
        Expression<Func<Person, bool>> Captured() => p => p.Born == born;

        CompiledDelegates.Of(Captured()).Should().NotBeSameAs(CompiledDelegates.Of(Captured()), "its closure is compared by reference, so keeping it would only fill the cache");
    }

    [Fact]
    public void Nested_lambdas_whose_parameters_share_a_name_get_their_own_answers()
    {
        var a = Expression.Parameter(typeof(int[]), "x");
        var b = Expression.Parameter(typeof(int), "x");
        var outer = Expression.Lambda<Func<int[], bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], a,
            Expression.Lambda<Func<int, bool>>(Expression.Equal(b, Expression.ArrayLength(a)), b)), a);
        var inner = Expression.Lambda<Func<int[], bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(int)], a,
            Expression.Lambda<Func<int, bool>>(Expression.Equal(b, Expression.Constant(7)), b)), a);

        CompiledDelegates.Of(outer)([1, 2]).Should().BeTrue("2 is the array's length");
        CompiledDelegates.Of(inner)([1, 2]).Should().BeFalse("no element is 7");
    }
}
