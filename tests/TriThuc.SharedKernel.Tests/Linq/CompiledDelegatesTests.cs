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
}
