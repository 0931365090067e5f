using TriThuc.SharedKernel.Domain;

namespace TriThuc.Fixtures.Echo;

public sealed class EchoRecord : Entity
{
    public Guid GreetingId { get; set; }

    public string Text { get; set; } = "";
}
