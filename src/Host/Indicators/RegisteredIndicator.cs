namespace TriThuc.Host.Indicators;

/// <summary>An indicator with the module that contributes it and the source that measures it.</summary>
internal sealed record RegisteredIndicator(string Module, IndicatorDefinition Definition, IIndicatorSource Source)
{
    public string Code => Definition.Code;
}
