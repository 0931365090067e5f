using Microsoft.Extensions.Logging;
using TriThuc.Fixtures.Greeting.Contracts;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.Fixtures.Greeting;

public sealed class GreetingService(GreetingDbContext db, ILogger<GreetingService> logger)
{
    public async Task<GreetingRecord> SendAsync(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DomainException.Validation("text", "Lời chào không được để trống.");
        }

        var greeting = new GreetingRecord { Text = text.Trim() };
        db.Greetings.Add(greeting);
        db.Publish(new GreetingSent(greeting.Id, greeting.Text));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Greeting {GreetingId} sent", greeting.Id);
        return greeting;
    }
}
