namespace TriThuc.Modules.Science.Initiatives;

/// <summary>Who recognised it: a grassroots unit, the province, the nation, or an international body.</summary>
public enum RecognitionLevel
{
    Grassroots,
    Provincial,
    National,
    International,
}
