namespace TriThuc.Modules.Agriculture.Things;

/// <summary>The checks a new record passes, each refusal naming its field in words a clerk can act on.</summary>
public static class ThingRules
{
    public const int MaxTitleLength = 300;

    public static Thing New(ThingInput input, DateOnly today)
    {
        var title = Require.Text(input.Title, MaxTitleLength, "title", "Tên");
        Require.NotAfter(input.StartedOn, today, "startedOn");
        return new Thing { PersonId = input.PersonId, UnitId = input.UnitId, Title = title, StartedOn = input.StartedOn };
    }

    public static void End(Thing thing, DateOnly endedOn, DateOnly today)
    {
        if (thing.EndedOn is { } ended)
        {
            throw DomainException.Conflict($"Bản ghi này đã kết thúc ngày {ended:dd/MM/yyyy}.", "endedOn");
        }

        Require.NotAfter(endedOn, today, "endedOn");
        if (endedOn < thing.StartedOn)
        {
            throw DomainException.Validation("endedOn", $"Ngày kết thúc phải sau ngày bắt đầu ({thing.StartedOn:dd/MM/yyyy}).");
        }

        thing.EndedOn = endedOn;
    }
}
