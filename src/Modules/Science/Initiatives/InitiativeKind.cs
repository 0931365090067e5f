namespace TriThuc.Modules.Science.Initiatives;

/// <summary>An initiative (sáng kiến) recognised by a council, or a patent (sáng chế) granted by the IP office.</summary>
public enum InitiativeKind
{
    Initiative,
    Patent,
}
