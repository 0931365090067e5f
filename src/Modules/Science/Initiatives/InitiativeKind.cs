namespace TriThuc.Modules.Science.Initiatives;

/// <summary>An initiative (sáng kiến) recognised by a council, or a patent (sáng chế) granted by the IP office.</summary>
[Name("ScienceInitiativeKind")]
[Description("Sáng kiến (INITIATIVE) hoặc sáng chế (PATENT).")]
public enum InitiativeKind
{
    [Description("Sáng kiến")]
    Initiative,
    [Description("Sáng chế")]
    Patent,
}
