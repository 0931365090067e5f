using TriThuc.Fixtures.Greeting.Contracts;
using TriThuc.SharedKernel.Events;

namespace TriThuc.Fixtures.Echo;

public sealed class GreetingSentHandler(EchoDbContext db) : IntegrationEventHandler<GreetingSent, EchoDbContext>
{
    public override Task HandleAsync(GreetingSent integrationEvent, CancellationToken cancellationToken)
    {
        db.Echoes.Add(new EchoRecord { GreetingId = integrationEvent.GreetingId, Text = integrationEvent.Text });
        return Task.CompletedTask;
    }
}
