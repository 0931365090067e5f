using Microsoft.Extensions.Logging;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// Records on a person what another module reports about them (a training, a degree, an honour): on the record that
/// answers for the person today, following merges. A person the Registry does not know is logged and left out; the
/// inbox makes each event count once, however often it is delivered.
/// </summary>
public abstract class ReportedRecordHandler<TEvent>(RegistryDbContext db, ILogger logger) : IntegrationEventHandler<TEvent, RegistryDbContext>
    where TEvent : IntegrationEvent
{
    private const int MaxMerges = 10;

    protected RegistryDbContext Db => db;

    protected ILogger Logger => logger;

    protected abstract Guid PersonOf(TEvent reported);

    /// <summary>Adds what was reported to the person, unless the person holds it already.</summary>
    protected abstract Task RecordAsync(Intellectual person, TEvent reported, CancellationToken cancellationToken);

    /// <summary>The record the rules make of a report, or null (logged) when they refuse it.</summary>
    protected T? Checked<T>(Func<T> rules, Intellectual person)
        where T : class
    {
        try
        {
            return rules();
        }
        catch (DomainException refused)
        {
            logger.LogWarning("{Event} for {IntellectualId} was refused by the Registry's rules ({Field}: {Reason}); it is not recorded",
                typeof(TEvent).Name, person.Id, refused.Field, refused.Message);
            return null;
        }
    }

    public override async Task HandleAsync(TEvent reported, CancellationToken cancellationToken)
    {
        var person = await db.Intellectuals.FindAsync([PersonOf(reported)], cancellationToken);
        for (var hops = 0; person?.MergedIntoId is { } kept && hops < MaxMerges; hops++)
        {
            person = await db.Intellectuals.FindAsync([kept], cancellationToken);
        }

        if (person is null)
        {
            logger.LogWarning("{Event} was reported for {IntellectualId}, who is not in the Registry; it is not recorded", typeof(TEvent).Name, PersonOf(reported));
            return;
        }

        await RecordAsync(person, reported, cancellationToken);
    }
}
