using TriThuc.Fixtures.Greeting.Contracts;
using TriThuc.SharedKernel.Domain;

namespace TriThuc.Fixtures.Greeting;

public sealed class GreetingRecord : Entity, IGreeting
{
    public string Text { get; set; } = "";
}
